package org.malaf.explore.preview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.explore.search.Sentences;
import org.malaf.ingest.Actor;
import org.malaf.link.ActorProfile;
import org.malaf.link.ArticleMentions;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;
import org.malaf.link.MentionContext;
import org.malaf.parallel.Parallel;
import org.malaf.render.SiteContext;
import org.malaf.render.SitePaths;

/**
 * Writes the summary of each actor (kind, mention count, the first sentence of its description or of its
 * first mention) and each article (date, publisher, first sentence), keyed by the page's path in the site.
 */
public final class Summaries {

  /** Longest sentence shown, in characters; a popover is a glance, not a page. */
  static final int MAX_TEXT = 200;
  private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(actor|article):([^\\]|]+)(?:\\|([^\\]]+))?\\]\\]");
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

  private Summaries() {
  }

  /** Every mentioned actor's and every article's preview, articles first (newest first), then actors by id. */
  public static Map<String, Previews.Preview> of(SiteContext site) {
    List<LinkedArticle> articles = site.dossier().articles();
    return of(site, articles.stream().map(a -> SitePaths.article(a.sidecar()).value()).toList(),
        Parallel.map(articles, a -> article(site, a)));
  }

  /**
   * As {@link #of(SiteContext)}, with the articles' paths and previews made already: {@code paths.get(i)} and
   * {@code articles.get(i)} are article {@code i}'s (paths kept from build to build hash at once).
   */
  public static Map<String, Previews.Preview> of(SiteContext site, List<String> paths, List<Previews.Preview> articles) {
    Dossier dossier = site.dossier();
    if (articles.size() != dossier.articles().size() || paths.size() != articles.size()) {
      throw new IllegalArgumentException(articles.size() + " previews and " + paths.size() + " paths for "
          + dossier.articles().size() + " articles");
    }
    Map<String, Previews.Preview> out = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      out.put(paths.get(i), articles.get(i));
    }
    // Each actor's summary is independent: made in parallel, put in order.
    // The dossier's actor map has no order (Map.copyOf): sort by id, as the javadoc promises.
    List<Map.Entry<String, Previews.Preview>> actors = dossier.actors().values().parallelStream()
        .sorted(java.util.Comparator.comparing(p -> p.actor().id())).map(p -> {
      Actor actor = p.actor();
      String meta = actor.kind().singularAr() + " · الإشارات: " + p.mentionCount();
      return Map.entry(SitePaths.actor(actor.id()).value(), new Previews.Preview("actor", actor.name(), meta, actorText(p, dossier)));
    }).toList();
    actors.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** An article's preview: its date and publisher, and its first sentence. */
  public static Previews.Preview article(SiteContext site, LinkedArticle a) {
    String date = site.formatDate(a.sidecar().date());
    String meta = a.sidecar().publisher().isBlank() ? date : date + " · " + a.sidecar().publisher();
    return new Previews.Preview("article", a.sidecar().title(), meta.strip(), firstSentence(a));
  }

  private static String firstSentence(LinkedArticle article) {
    for (Block b : article.annotated().clean().blocks()) {
      if (b.type() == BlockType.PARAGRAPH && !b.text().isBlank()) {
        List<String> sentences = new Sentences().split(b.text());
        return shorten(sentences.isEmpty() ? b.text() : sentences.get(0));
      }
    }
    return "";
  }

  private static String actorText(ActorProfile p, Dossier dossier) {
    String md = p.actor().descriptionMd();
    if (!md.isBlank()) {
      List<String> sentences = new Sentences().split(plain(md, dossier));
      if (!sentences.isEmpty()) {
        return shorten(sentences.get(0));
      }
    }
    for (ArticleMentions am : p.byArticle()) {
      for (MentionContext m : am.mentions()) {
        return shorten((m.before() + m.surface() + m.after()).strip());
      }
    }
    return "";
  }

  /** Markdown reduced to its words: wiki links become the actor's name or the link text, marks go. */
  static String plain(String md, Dossier dossier) {
    Matcher m = WIKI_LINK.matcher(md);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String label = m.group(3) != null ? m.group(3) : m.group(1).equals("actor")
          ? dossier.registry().find(m.group(2).strip()).map(Actor::name).orElse(m.group(2)) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(label));
    }
    m.appendTail(out);
    return MD_LINK.matcher(out).replaceAll("$1").replaceAll("[*_`#>]+", "").replaceAll("\\s+", " ").strip();
  }

  static String shorten(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_TEXT);
    return text.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT).strip() + "…";
  }
}
