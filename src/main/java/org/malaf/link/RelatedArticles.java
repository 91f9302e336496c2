package org.malaf.link;

import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>Articles are known by their position in the dossier's order, so scores add up in a plain array
 * (one per {@link Scorer}, reused from article to article) rather than in a map per article.
 */
final class RelatedArticles {

  static final int MAX_RELATED = 5;
  static final int MAX_POSTINGS = 500;

  private final Map<ActorId, int[]> postings;
  private final List<ArticleId> order;

  /** {@code order} is the dossier's order: ties between equally related articles keep it. */
  RelatedArticles(Map<ArticleId, Set<ActorId>> actorsByArticle, List<ArticleId> order) {
    Map<ActorId, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      for (ActorId actor : actorsByArticle.getOrDefault(order.get(i), Set.of())) {
        index.computeIfAbsent(actor, k -> new ArrayList<>()).add(i);
      }
    }
    Map<ActorId, int[]> arrays = new HashMap<>();
    index.forEach((actor, list) -> arrays.put(actor, list.stream().mapToInt(Integer::intValue).toArray()));
    this.postings = arrays;
    this.order = List.copyOf(order);
  }

  /** A scorer for one thread: it owns the scratch arrays, so several scorers can run at once. */
  Scorer scorer() {
    return new Scorer();
  }

  final class Scorer {

    private final double[] score = new double[order.size()];
    private final int[] touched = new int[order.size()];

    private Scorer() {
    }

    /** The most related articles to the one at {@code position}, best first; ties keep the dossier's order. */
    List<ArticleId> relatedTo(int position, Set<ActorId> actors) {
      int count = 0;
      for (ActorId actor : actors) {
        int[] list = postings.get(actor);
        if (list == null || list.length > MAX_POSTINGS) {
          continue;
        }
        double weight = Math.log(1.0 + (double) order.size() / list.length);
        for (int other : list) {
          if (other == position) {
            continue;
          }
          if (score[other] == 0) {
            touched[count++] = other;
          }
          score[other] += weight;
        }
      }
      Integer[] best = new Integer[count];
      for (int i = 0; i < count; i++) {
        best[i] = touched[i];
      }
      Arrays.sort(best, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
      List<ArticleId> related = new ArrayList<>(Math.min(MAX_RELATED, count));
      for (int i = 0; i < Math.min(MAX_RELATED, count); i++) {
        related.add(order.get(best[i]));
      }
      for (int i = 0; i < count; i++) {
        score[touched[i]] = 0;
      }
      return related;
    }
  }
}
