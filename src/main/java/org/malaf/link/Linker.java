package org.malaf.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.annotate.Mention;
import org.malaf.config.DossierConfig;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ActorRegistry;
import org.malaf.ingest.ArticleId;
import org.malaf.session.LastBuildMemo;
import org.malaf.session.LastValueMemo;

/**
 * The link stage: joins annotated articles into a {@link Dossier}. Every cross-reference (actor pages,
 * co-mentions, related articles, backlinks) comes from an index built in one pass over the mentions, so
 * the work grows with the number of mentions, not with articles × actors or articles × articles.
 */
public final class Linker {

  private static final int MAX_CO_MENTIONED = 10;
  /** Articles per parallel task when scoring related articles: each task reuses one scorer's arrays. */
  private static final int BATCH = 256;
  private static final Comparator<AnnotatedArticle> NEWEST_FIRST = Comparator
      .comparing((AnnotatedArticle a) -> a.clean().raw().sidecar().date(),
          Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(AnnotatedArticle::id);

  private final MentionContexts contexts = new MentionContexts();
  // The sentences cut at the last link: a rebuild in the same session (serve) cuts only changed articles'.
  private final LastBuildMemo<AnnotatedArticle, List<MentionContext>> sentences = new LastBuildMemo<>();
  // An edit rarely changes which actors an article names or which sources it cites: then the last
  // build's related articles and source index stand.
  private final LastValueMemo<RelatedInput, List<List<ArticleId>>> relatedLists = new LastValueMemo<>();
  private final LastValueMemo<List<SourceIndex.Cited>, List<SourceGroup>> sourceGroups = new LastValueMemo<>();

  /** What related articles are computed from: the dossier's order and the actors each article names. */
  private record RelatedInput(List<ArticleId> order, Map<ArticleId, Set<ActorId>> actorsByArticle) {
  }

  public Dossier link(DossierConfig config, ActorRegistry registry, List<AnnotatedArticle> input) {
    List<AnnotatedArticle> articles = input.stream().sorted(NEWEST_FIRST).toList();
    Map<ArticleId, Integer> rank = new HashMap<>();
    List<ArticleId> order = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      rank.put(a.id(), rank.size());
      order.add(a.id());
    }
    // Cutting sentences is the costly part and reads one article only: done in parallel, merged in order.
    List<List<MentionContext>> contextsByArticle = sentences.map(articles, a -> a, this::contextsOf);
    Map<ArticleId, Set<ActorId>> actorsByArticle = new HashMap<>();
    Map<ActorId, Map<ArticleId, List<MentionContext>>> mentionsByActor = new HashMap<>();
    Map<ActorId, Map<ActorId, Integer>> coMentions = new HashMap<>();
    Map<ArticleId, Set<ArticleId>> backlinks = new HashMap<>();
    Map<ActorId, Set<ArticleId>> notedIn = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      AnnotatedArticle a = articles.get(i);
      indexMentions(a, contextsByArticle.get(i), actorsByArticle, mentionsByActor, coMentions);
      for (ArticleId target : a.linkedArticles()) {
        backlinks.computeIfAbsent(target, k -> new TreeSet<>(Comparator.comparing(rank::get))).add(a.id());
      }
      for (ActorId actor : a.linkedActors()) {
        notedIn.computeIfAbsent(actor, k -> new LinkedHashSet<>()).add(a.id());
      }
    }
    List<List<ArticleId>> related = relatedLists.get(new RelatedInput(order, actorsByArticle), Linker::relatedLists);
    List<LinkedArticle> linked = IntStream.range(0, articles.size()).parallel()
        .mapToObj(i -> {
          AnnotatedArticle a = articles.get(i);
          return new LinkedArticle(a, countActors(a), related.get(i), List.copyOf(backlinks.getOrDefault(a.id(), Set.of())));
        })
        .toList();
    Map<ArticleId, LinkedArticle> byId = new LinkedHashMap<>();
    for (LinkedArticle la : linked) {
      byId.put(la.id(), la);
    }
    Map<ActorId, ActorProfile> profiles = new TreeMap<>();
    for (Actor actor : registry.actors()) {
      profiles.put(actor.id(), profile(actor, mentionsByActor.getOrDefault(actor.id(), Map.of()), rank,
          coMentions.getOrDefault(actor.id(), Map.of()), notedIn.getOrDefault(actor.id(), Set.of())));
    }
    return new Dossier(config, registry, linked, byId, profiles,
        sourceGroups.get(SourceIndex.cited(articles), SourceIndex::group));
  }

  /** Each article's related articles, in the dossier's order; scored in parallel batches that reuse arrays. */
  private static List<List<ArticleId>> relatedLists(RelatedInput input) {
    List<ArticleId> order = input.order();
    RelatedArticles related = new RelatedArticles(input.actorsByArticle(), order);
    return IntStream.range(0, (order.size() + BATCH - 1) / BATCH).parallel()
        .mapToObj(batch -> {
          RelatedArticles.Scorer scorer = related.scorer();
          List<List<ArticleId>> out = new ArrayList<>(BATCH);
          for (int i = batch * BATCH; i < Math.min(order.size(), (batch + 1) * BATCH); i++) {
            out.add(List.copyOf(scorer.relatedTo(i, input.actorsByArticle().getOrDefault(order.get(i), Set.of()))));
          }
          return out;
        })
        .flatMap(List::stream)
        .toList();
  }

  /** Each mention's sentence, in the order of the article's mentions. */
  private List<MentionContext> contextsOf(AnnotatedArticle a) {
    List<MentionContext> out = new ArrayList<>(a.mentions().size());
    for (Mention m : a.mentions()) {
      out.add(contexts.of(a.clean().blocks().get(m.block()).text(), m));
    }
    return List.copyOf(out);
  }

  private static void indexMentions(AnnotatedArticle a, List<MentionContext> contexts,
      Map<ArticleId, Set<ActorId>> actorsByArticle, Map<ActorId, Map<ArticleId, List<MentionContext>>> mentionsByActor,
      Map<ActorId, Map<ActorId, Integer>> coMentions) {
    Map<Integer, Set<ActorId>> byBlock = new TreeMap<>();
    for (int i = 0; i < a.mentions().size(); i++) {
      Mention m = a.mentions().get(i);
      actorsByArticle.computeIfAbsent(a.id(), k -> new TreeSet<>()).add(m.actor());
      mentionsByActor.computeIfAbsent(m.actor(), k -> new HashMap<>())
          .computeIfAbsent(a.id(), k -> new ArrayList<>()).add(contexts.get(i));
      byBlock.computeIfAbsent(m.block(), k -> new TreeSet<>()).add(m.actor());
    }
    for (Set<ActorId> together : byBlock.values()) {
      for (ActorId x : together) {
        for (ActorId y : together) {
          if (!x.equals(y)) {
            coMentions.computeIfAbsent(x, k -> new HashMap<>()).merge(y, 1, Integer::sum);
          }
        }
      }
    }
  }

  private static List<ActorCount> countActors(AnnotatedArticle a) {
    Map<ActorId, Integer> counts = new TreeMap<>();
    for (Mention m : a.mentions()) {
      counts.merge(m.actor(), 1, Integer::sum);
    }
    return sortedCounts(counts, Integer.MAX_VALUE);
  }

  private static List<ActorCount> sortedCounts(Map<ActorId, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<ActorId, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(e -> new ActorCount(e.getKey(), e.getValue()))
        .toList();
  }

  private static ActorProfile profile(Actor actor, Map<ArticleId, List<MentionContext>> mentions,
      Map<ArticleId, Integer> rank, Map<ActorId, Integer> co, Set<ArticleId> notedIn) {
    List<ArticleMentions> byArticle = mentions.entrySet().stream()
        .sorted(Comparator.comparing(e -> rank.get(e.getKey())))
        .map(e -> new ArticleMentions(e.getKey(), e.getValue()))
        .toList();
    List<ArticleId> noted = notedIn.stream().sorted(Comparator.comparing(rank::get)).toList();
    return new ActorProfile(actor, byArticle, sortedCounts(co, MAX_CO_MENTIONED), noted);
  }
}
