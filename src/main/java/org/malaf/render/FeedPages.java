package org.malaf.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.link.ActorProfile;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;

/**
 * {@code sitemap.xml} and the Atom feed {@code feed.xml}, written only when the dossier has a base URL
 * ({@code baseUrl} in dossier.yaml or {@code --base-url}); they are the only files with absolute URLs.
 * Both are deterministic: no build time, dates come from the articles (the feed's {@code updated} is
 * the newest article's date), order is the site's (newest article first).
 */
public final class FeedPages implements PageEmitter {

  public static final SitePath SITEMAP = SitePath.of("sitemap.xml");
  public static final SitePath FEED = SitePath.of("feed.xml");

  /** Feeds carry the newest articles only, as readers poll them often. */
  static final int FEED_ENTRIES = 100;
  private static final int SUMMARY_CHARS = 280;

  @Override
  public String name() {
    return "feeds";
  }

  @Override
  public List<PageJob> jobs(SiteContext site) {
    String base = site.dossier().config().baseUrl();
    if (base.isEmpty()) {
      return List.of();
    }
    return List.of(PageJob.raw(SITEMAP, () -> utf8(sitemap(site.dossier(), base))),
        PageJob.raw(FEED, () -> utf8(feed(site.dossier(), base))));
  }

  static String sitemap(Dossier dossier, String base) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    LocalDate newest = newest(dossier);
    url(xml, base, SitePaths.HOME, newest);
    url(xml, base, SitePaths.ACTORS, null);
    url(xml, base, SitePaths.SOURCES, null);
    for (LinkedArticle a : dossier.articles()) {
      url(xml, base, SitePaths.article(a.sidecar()), a.sidecar().date());
    }
    List<ActorProfile> actors = new ArrayList<>(dossier.actors().values());
    actors.sort((x, y) -> x.actor().id().compareTo(y.actor().id()));
    for (ActorProfile actor : actors) {
      url(xml, base, SitePaths.actor(actor.actor().id()), null);
    }
    return xml.append("</urlset>\n").toString();
  }

  private static void url(StringBuilder xml, String base, SitePath path, LocalDate lastmod) {
    xml.append("  <url><loc>").append(escape(base + path.value())).append("</loc>");
    if (lastmod != null) {
      xml.append("<lastmod>").append(lastmod).append("</lastmod>");
    }
    xml.append("</url>\n");
  }

  static String feed(Dossier dossier, String base) {
    LocalDate newest = newest(dossier);
    String updated = timestamp(newest == null ? LocalDate.EPOCH : newest);
    String title = dossier.config().title();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(escape(dossier.config().language()))
        .append("\">\n")
        .append("  <title>").append(escape(title)).append("</title>\n")
        .append("  <id>").append(escape(base + FEED.value())).append("</id>\n")
        .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(base + FEED.value()))
        .append("\"/>\n")
        .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(base + SitePaths.HOME.value()))
        .append("\"/>\n")
        .append("  <updated>").append(updated).append("</updated>\n")
        .append("  <author><name>").append(escape(title)).append("</name></author>\n");
    dossier.articles().stream().limit(FEED_ENTRIES).forEach(a -> entry(xml, base, a, updated));
    return xml.append("</feed>\n").toString();
  }

  private static void entry(StringBuilder xml, String base, LinkedArticle a, String feedUpdated) {
    String href = base + SitePaths.article(a.sidecar()).value();
    String date = a.sidecar().date() == null ? feedUpdated : timestamp(a.sidecar().date());
    xml.append("  <entry>\n")
        .append("    <title>").append(escape(a.sidecar().title())).append("</title>\n")
        .append("    <id>").append(escape(href)).append("</id>\n")
        .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(href)).append("\"/>\n")
        .append("    <published>").append(date).append("</published>\n")
        .append("    <updated>").append(date).append("</updated>\n");
    if (!a.sidecar().author().isBlank()) {
      xml.append("    <author><name>").append(escape(a.sidecar().author())).append("</name></author>\n");
    }
    String summary = summary(a);
    if (!summary.isEmpty()) {
      xml.append("    <summary type=\"text\">").append(escape(summary)).append("</summary>\n");
    }
    xml.append("  </entry>\n");
  }

  /** The first paragraph, cut at a word boundary near {@link #SUMMARY_CHARS} characters. */
  private static String summary(LinkedArticle a) {
    for (Block block : a.annotated().clean().blocks()) {
      if (block.type() == BlockType.PARAGRAPH) {
        String text = block.text().strip();
        if (text.codePointCount(0, text.length()) <= SUMMARY_CHARS) {
          return text;
        }
        int cut = text.offsetByCodePoints(0, SUMMARY_CHARS);
        int space = text.lastIndexOf(' ', cut);
        return text.substring(0, space > 0 ? space : cut).strip() + " …";
      }
    }
    return "";
  }

  private static LocalDate newest(Dossier dossier) {
    return dossier.articles().stream().map(a -> a.sidecar().date()).filter(Objects::nonNull)
        .max(LocalDate::compareTo).orElse(null);
  }

  private static String timestamp(LocalDate date) {
    return date + "T00:00:00Z";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Escapes text for XML and drops characters XML 1.0 cannot carry (controls other than tab and newline). */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF && (cp < 0xD800 || cp > 0xDFFF))) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
