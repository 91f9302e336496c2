package org.malaf.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ArticleId;

/**
 * Related articles from an actor → articles index: two articles are related by the actors they share,
 * each shared actor weighing log(1 + N/df) so that a rarely named actor counts more than one named
 * everywhere. Actors named in more than {@link #MAX_POSTINGS} articles are skipped: they carry almost
 * no signal and would make the work grow with articles × articles.
 */
final class RelatedArticles {

  static final int MAX_RELATED = 5;
  static final int MAX_POSTINGS = 500;

  private final Map<ActorId, List<ArticleId>> postings;
  private final int articleCount;

  RelatedArticles(Map<ArticleId, Set<ActorId>> actorsByArticle, List<ArticleId> order) {
    Map<ActorId, List<ArticleId>> index = new HashMap<>();
    for (ArticleId article : order) {
      for (ActorId actor : actorsByArticle.getOrDefault(article, Set.of())) {
        index.computeIfAbsent(actor, k -> new ArrayList<>()).add(article);
      }
    }
    this.postings = index;
    this.articleCount = order.size();
  }

  /** The most related articles, best first; ties keep the dossier's order ({@code rank}). */
  List<ArticleId> relatedTo(ArticleId article, Set<ActorId> actors, Map<ArticleId, Integer> rank) {
    Map<ArticleId, Double> score = new HashMap<>();
    for (ActorId actor : actors) {
      List<ArticleId> list = postings.getOrDefault(actor, List.of());
      if (list.size() > MAX_POSTINGS) {
        continue;
      }
      double weight = Math.log(1.0 + (double) articleCount / list.size());
      for (ArticleId other : list) {
        if (!other.equals(article)) {
          score.merge(other, weight, Double::sum);
        }
      }
    }
    return score.entrySet().stream()
        .sorted(Comparator.<Map.Entry<ArticleId, Double>>comparingDouble(Map.Entry::getValue).reversed()
            .thenComparing(e -> rank.get(e.getKey())))
        .limit(MAX_RELATED)
        .map(Map.Entry::getKey)
        .toList();
  }
}
