package org.malaf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.malaf.clean.Block;
import org.malaf.ingest.Actor;
import org.malaf.link.ActorCount;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;

/**
 * Writes malaf's cleaned articles as a minimal Hugo site, for the speed comparison with Hugo: one
 * Markdown file per article with front matter (title, date, {@code actors:} ids), one term page per
 * actor (its name as title), {@code hugo.toml} declaring the {@code actor = "actors"} taxonomy, and
 * small layouts that render article pages, the home list and the actor taxonomy pages in RTL Arabic.
 */
public final class MarkdownExporter {

  static final String CONFIG = """
      baseURL = "https://example.org/"
      languageCode = "ar"
      defaultContentLanguage = "ar"
      title = %s
      disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
      [languages.ar]
        languageDirection = "rtl"
        weight = 1
      [taxonomies]
        actor = "actors"
      """;

  private static final String BASEOF = """
      <!DOCTYPE html>
      <html lang="ar" dir="rtl">
      <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>{{ .Title }} — {{ .Site.Title }}</title></head>
      <body><header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a></header>
      <main>{{ block "main" . }}{{ end }}</main></body>
      </html>
      """;

  private static final String SINGLE = """
      {{ define "main" }}<article><h1>{{ .Title }}</h1>
      <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></p>
      {{ .Content }}
      {{ with .GetTerms "actors" }}<h2>الفاعلون</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
      </article>{{ end }}
      """;

  private static final String LIST = """
      {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
      <ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ol>{{ end }}
      """;

  private static final String HOME = """
      {{ define "main" }}<h1>{{ .Site.Title }}</h1>
      <ol>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ol>{{ end }}
      """;

  /** Writes the Hugo site into {@code dir}; returns the number of article files written. */
  public int export(Dossier dossier, Path dir) throws IOException {
    Path articles = dir.resolve("content/articles");
    Files.createDirectories(articles);
    write(dir.resolve("hugo.toml"), CONFIG.formatted(SeedsWriter.quote(dossier.config().title())));
    write(dir.resolve("layouts/_default/baseof.html"), BASEOF);
    write(dir.resolve("layouts/_default/single.html"), SINGLE);
    write(dir.resolve("layouts/_default/list.html"), LIST);
    write(dir.resolve("layouts/index.html"), HOME);
    try {
      dossier.articles().parallelStream().forEach(a -> {
        try {
          write(articles.resolve(a.sidecar().slug() + ".md"), markdown(a));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Actor actor : dossier.registry().actors()) {
      Path term = dir.resolve("content/actors/" + actor.id().value());
      Files.createDirectories(term);
      write(term.resolve("_index.md"), "---\ntitle: " + SeedsWriter.quote(actor.name()) + "\n---\n"
          + actor.descriptionMd().replaceAll("\\[\\[actor:([a-z0-9-]+)\\]\\]", "$1") + "\n");
    }
    return dossier.articles().size();
  }

  /** One article: front matter, then its cleaned blocks as Markdown. */
  static String markdown(LinkedArticle article) {
    StringBuilder md = new StringBuilder("---\n");
    md.append("title: ").append(SeedsWriter.quote(article.sidecar().title())).append('\n');
    if (article.sidecar().date() != null) {
      md.append("date: ").append(article.sidecar().date()).append('\n');
    }
    List<ActorCount> actors = article.actors();
    md.append("actors: [");
    for (int i = 0; i < actors.size(); i++) {
      md.append(i == 0 ? "" : ", ").append(SeedsWriter.quote(actors.get(i).actor().value()));
    }
    md.append("]\n---\n\n");
    for (Block block : article.annotated().clean().blocks()) {
      String text = escape(block.text());
      switch (block.type()) {
        case HEADING -> md.append("## ").append(text);
        case PULLQUOTE -> md.append("> ").append(text);
        case CAPTION -> md.append('*').append(text).append('*');
        case SOURCE -> md.append('<').append(block.text()).append('>');
        default -> md.append(text);
      }
      md.append("\n\n");
    }
    return md.toString();
  }

  /** Escapes the characters that would start Markdown syntax inside prose. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
