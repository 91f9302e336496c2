package org.malaf.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
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
  // What each article adds to the indexes, as of the last link: a rebuild in the same session (serve)
  // reads only the changed articles again.
  private final LastBuildMemo<AnnotatedArticle, ArticleLinks> articleLinks = new LastBuildMemo<>();
  // An edit rarely changes which actors an article names or which sources it cites: then the last
  // build's related articles and source index stand.
  private final LastValueMemo<RelatedInput, List<List<ArticleId>>> relatedLists = new LastValueMemo<>();
  private final LastValueMemo<List<SourceIndex.Cited>, List<SourceGroup>> sourceGroups = new LastValueMemo<>();

  /**
   * What one article adds to the dossier's indexes, read from the article alone: the actors it names, each
   * one's mentions with their sentences (in the article's order), how often actors share its paragraphs,
   * and its actors by mention count. Immutable.
   */
  private record ArticleLinks(SortedSet<ActorId> actors, Map<ActorId, List<MentionContext>> contextsByActor,
      Map<ActorId, Map<ActorId, Integer>> coMentions, List<ActorCount> counts) {
  }

  /** What related articles are computed from: the dossier's order and the actors each article names. */
  private record RelatedInput(List<ArticleId> order, Map<ArticleId, Set<ActorId>> actorsByArticle) {
  }

  public Dossier link(DossierConfig config, ActorRegistry registry, List<AnnotatedArticle> input) {
    List<AnnotatedArticle> articles = input.stream().sorted(NEWEST_FIRST).toList();
    List<ArticleId> order = articles.stream().map(AnnotatedArticle::id).toList();
    // Cutting sentences is the costly part and reads one article only: done in parallel, merged in order.
    List<ArticleLinks> links = articleLinks.map(articles, a -> a, this::linksOf);
    Map<ArticleId, Set<ActorId>> actorsByArticle = new HashMap<>();
    // Articles are taken newest first, so every list and insertion-ordered map below is in the dossier's order.
    Map<ActorId, Map<ArticleId, List<MentionContext>>> mentionsByActor = new HashMap<>();
    Map<ActorId, Map<ActorId, Integer>> coMentions = new HashMap<>();
    Map<ArticleId, Set<ArticleId>> backlinks = new HashMap<>();
    Map<ActorId, Set<ArticleId>> notedIn = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      AnnotatedArticle a = articles.get(i);
      ArticleLinks own = links.get(i);
      if (!own.actors().isEmpty()) {
        actorsByArticle.put(a.id(), own.actors());
      }
      own.contextsByActor().forEach((actor, contexts) ->
          mentionsByActor.computeIfAbsent(actor, k -> new LinkedHashMap<>()).put(a.id(), contexts));
      own.coMentions().forEach((x, ys) -> ys.forEach((y, n) ->
          coMentions.computeIfAbsent(x, k -> new HashMap<>()).merge(y, n, Integer::sum)));
      for (ArticleId target : a.linkedArticles()) {
        backlinks.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(a.id());
      }
      for (ActorId actor : a.linkedActors()) {
        notedIn.computeIfAbsent(actor, k -> new LinkedHashSet<>()).add(a.id());
      }
    }
    List<List<ArticleId>> related = relatedLists.get(new RelatedInput(order, actorsByArticle), Linker::relatedLists);
    List<LinkedArticle> linked = IntStream.range(0, articles.size()).parallel()
        .mapToObj(i -> {
          AnnotatedArticle a = articles.get(i);
          return new LinkedArticle(a, links.get(i).counts(), related.get(i),
              List.copyOf(backlinks.getOrDefault(a.id(), Set.of())));
        })
        .toList();
    Map<ArticleId, LinkedArticle> byId = new LinkedHashMap<>();
    for (LinkedArticle la : linked) {
      byId.put(la.id(), la);
    }
    Map<ActorId, ActorProfile> profiles = new TreeMap<>();
    for (Actor actor : registry.actors()) {
      profiles.put(actor.id(), profile(actor, mentionsByActor.getOrDefault(actor.id(), Map.of()),
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

  /** What {@code a} adds to the indexes; its mentions' sentences are cut here. */
  private ArticleLinks linksOf(AnnotatedArticle a) {
    SortedSet<ActorId> actors = new TreeSet<>();
    Map<ActorId, List<MentionContext>> contextsByActor = new HashMap<>();
    Map<Integer, Set<ActorId>> byBlock = new TreeMap<>();
    Map<ActorId, Integer> counts = new TreeMap<>();
    for (Mention m : a.mentions()) {
      actors.add(m.actor());
      contextsByActor.computeIfAbsent(m.actor(), k -> new ArrayList<>())
          .add(contexts.of(a.clean().blocks().get(m.block()).text(), m));
      byBlock.computeIfAbsent(m.block(), k -> new TreeSet<>()).add(m.actor());
      counts.merge(m.actor(), 1, Integer::sum);
    }
    Map<ActorId, Map<ActorId, Integer>> coMentions = new HashMap<>();
    for (Set<ActorId> together : byBlock.values()) {
      for (ActorId x : together) {
        for (ActorId y : together) {
          if (!x.equals(y)) {
            coMentions.computeIfAbsent(x, k -> new HashMap<>()).merge(y, 1, Integer::sum);
          }
        }
      }
    }
    contextsByActor.replaceAll((actor, list) -> List.copyOf(list));
    coMentions.replaceAll((actor, co) -> Map.copyOf(co));
    return new ArticleLinks(Collections.unmodifiableSortedSet(actors), Map.copyOf(contextsByActor),
        Map.copyOf(coMentions), sortedCounts(counts, Integer.MAX_VALUE));
  }

  private static List<ActorCount> sortedCounts(Map<ActorId, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<ActorId, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(e -> new ActorCount(e.getKey(), e.getValue()))
        .toList();
  }

  /** An actor's profile; {@code mentions} and {@code notedIn} are in the dossier's order already. */
  private static ActorProfile profile(Actor actor, Map<ArticleId, List<MentionContext>> mentions,
      Map<ActorId, Integer> co, Set<ArticleId> notedIn) {
    List<ArticleMentions> byArticle = mentions.entrySet().stream()
        .map(e -> new ArticleMentions(e.getKey(), e.getValue()))
        .toList();
    return new ActorProfile(actor, byArticle, sortedCounts(co, MAX_CO_MENTIONED), List.copyOf(notedIn));
  }
}
