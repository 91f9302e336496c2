package org.malaf.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.RawArticle;

/**
 * Resolves the article references editors write in notes ({@code [[article:002]]}): by full id, by the
 * short number before the underscore, or by slug. Ambiguous short references resolve to nothing.
 */
public final class ArticleDirectory {

  private final Map<String, ArticleId> byRef = new HashMap<>();

  public ArticleDirectory(List<RawArticle> articles) {
    Map<String, Integer> shortCounts = new HashMap<>();
    for (RawArticle a : articles) {
      shortCounts.merge(a.id().shortRef(), 1, Integer::sum);
    }
    for (RawArticle a : articles) {
      byRef.put(a.id().value(), a.id());
      byRef.putIfAbsent(a.sidecar().slug(), a.id());
      if (shortCounts.get(a.id().shortRef()) == 1) {
        byRef.putIfAbsent(a.id().shortRef(), a.id());
      }
    }
  }

  public Optional<ArticleId> resolve(String ref) {
    return Optional.ofNullable(byRef.get(ref.strip()));
  }
}
