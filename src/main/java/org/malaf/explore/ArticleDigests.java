package org.malaf.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.explore.preview.Summaries;
import org.malaf.explore.search.SearchDocument;
import org.malaf.explore.search.WordCounts;
import org.malaf.explore.timeline.Timeline;
import org.malaf.link.LinkedArticle;
import org.malaf.render.SiteContext;
import org.malaf.render.SitePaths;
import org.malaf.session.LastBuildMemo;

/**
 * Digests the articles of a site in parallel, and keeps the last build's digests for the next build of
 * the same emitter: a {@code serve} rebuild reuses the digest of every article whose annotated form is the
 * very object it was made from (the build cache hands an unchanged article back as the same object, and
 * records are immutable), so only edited articles are read again. Only the last build's articles are kept.
 */
final class ArticleDigests {

  private final Timeline timeline = new Timeline();
  /** One instance of each word, shared by the kept word counts: articles repeat each other's words. */
  private final Map<String, String> words = new ConcurrentHashMap<>();
  private final LastBuildMemo<AnnotatedArticle, ArticleDigest> last = new LastBuildMemo<>();

  /** The digest of each of {@code site}'s articles, in the dossier's order. */
  List<ArticleDigest> of(SiteContext site) {
    return last.map(site.dossier().articles(), LinkedArticle::annotated, a -> digest(site, a));
  }

  private ArticleDigest digest(SiteContext site, LinkedArticle a) {
    SearchDocument document = document(site, a);
    return new ArticleDigest(document, WordCounts.of(document, this::canonical),
        timeline.events(a.annotated(), a.sidecar().date()), Summaries.article(site, a));
  }

  /** An article as the search index sees it: its readable blocks with their {@code #p-N} anchors. */
  static SearchDocument document(SiteContext site, LinkedArticle a) {
    List<SearchDocument.Block> blocks = new ArrayList<>();
    List<Block> all = a.annotated().clean().blocks();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).type() != BlockType.SOURCE) {
        blocks.add(new SearchDocument.Block(i + 1, all.get(i).text()));
      }
    }
    return new SearchDocument(a.sidecar().title(), SitePaths.article(a.sidecar()).value(),
        site.formatDate(a.sidecar().date()), blocks);
  }

  private String canonical(String word) {
    String kept = words.get(word);
    if (kept != null) {
      return kept;
    }
    kept = words.putIfAbsent(word, word);
    return kept != null ? kept : word;
  }
}
