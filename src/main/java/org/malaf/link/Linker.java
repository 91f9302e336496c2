package org.malaf.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.malaf.parallel.Parallel;
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
  /** More changed articles than this are merged afresh: patching pays only for an edit or a few. */
  private static final int MAX_PATCHED = 64;
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
  // The last link's result, which a small edit patches instead of merging every article again.
  private Linked last;
  private Order lastOrder;

  /** What related articles are computed from: the dossier's order and the actors each article names. */
  private record RelatedInput(List<ArticleId> order, Map<ArticleId, Set<ActorId>> actorsByArticle) {
  }

  /** A link's result with what it was made of, for the next link to start from. */
  private record Linked(List<Actor> actors, List<AnnotatedArticle> articles, Map<ArticleId, Integer> positions,
      List<ArticleLinks> links, LinkIndexes indexes, List<LinkedArticle> linked,
      Map<ActorId, ActorProfile> profiles, List<SourceGroup> sources) {
  }

  public Dossier link(DossierConfig config, ActorRegistry registry, List<AnnotatedArticle> input) {
    List<AnnotatedArticle> articles = newestFirst(input);
    // Cutting sentences is the costly part and reads one article only: done in parallel, merged in order.
    List<ArticleLinks> links = articleLinks.map(articles, a -> a, this::linksOf);
    Linked linked = last == null ? null : patched(last, registry.actors(), articles, links);
    if (linked == null) {
      linked = merged(registry.actors(), articles, links);
    }
    last = linked;
    return new Dossier(config, registry, linked.linked(), linked.positions(), linked.profiles(), linked.sources());
  }

  /**
   * The articles newest first. Sorting 10,000 articles costs more than the rest of a small edit's linking, and
   * the order reads only ids and dates: when the input has the same ids and dates at the same places as last
   * time, the last order stands.
   */
  private List<AnnotatedArticle> newestFirst(List<AnnotatedArticle> input) {
    Order order = lastOrder != null && sameIdsAndDates(lastOrder.input(), input) ? lastOrder : Order.of(input);
    lastOrder = new Order(input, order.newestFirst());
    AnnotatedArticle[] articles = new AnnotatedArticle[input.size()];
    for (int i = 0; i < articles.length; i++) {
      articles[i] = input.get(order.newestFirst()[i]);
    }
    return List.of(articles);
  }

  /** An input list and, newest first, the positions of its articles. */
  private record Order(List<AnnotatedArticle> input, int[] newestFirst) {

    static Order of(List<AnnotatedArticle> input) {
      return new Order(input, IntStream.range(0, input.size()).boxed()
          .sorted((x, y) -> NEWEST_FIRST.compare(input.get(x), input.get(y)))
          .mapToInt(Integer::intValue)
          .toArray());
    }
  }

  private static boolean sameIdsAndDates(List<AnnotatedArticle> before, List<AnnotatedArticle> now) {
    if (before.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < now.size(); i++) {
      AnnotatedArticle x = before.get(i);
      AnnotatedArticle y = now.get(i);
      if (x != y && !(x.id().equals(y.id())
          && Objects.equals(x.clean().raw().sidecar().date(), y.clean().raw().sidecar().date()))) {
        return false;
      }
    }
    return true;
  }

  /** Every index merged afresh from each article's links. */
  private Linked merged(List<Actor> actors, List<AnnotatedArticle> articles, List<ArticleLinks> links) {
    List<ArticleId> order = articles.stream().map(AnnotatedArticle::id).toList();
    Map<ArticleId, Integer> positions = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      positions.put(order.get(i), i);
    }
    LinkIndexes indexes = LinkIndexes.of(articles, links);
    List<List<ArticleId>> related = relatedLists.get(new RelatedInput(order, indexes.actorsByArticle),
        Linker::relatedLists);
    List<LinkedArticle> linked = Parallel.map(articles.size(),
        i -> linkedArticle(articles.get(i), links.get(i), related.get(i), indexes));
    Map<ActorId, ActorProfile> profiles = new TreeMap<>();
    for (Actor actor : actors) {
      profiles.put(actor.id(), profile(actor, indexes));
    }
    return new Linked(actors, articles, Map.copyOf(positions), links, indexes, linked, profiles,
        sourceGroups.get(SourceIndex.cited(articles), SourceIndex::group));
  }

  /**
   * The last link patched for a small edit: the same articles in the same order and the same registry, and
   * each changed article names the same actors, links to the same articles and actors and cites the same
   * sources. Related articles, backlinks and sources then stand; only the changed articles and the
   * profiles of the actors they name are made again. Null when the edit is not that small.
   */
  private Linked patched(Linked before, List<Actor> actors, List<AnnotatedArticle> articles,
      List<ArticleLinks> links) {
    if (!before.actors().equals(actors) || before.articles().size() != articles.size()) {
      return null;
    }
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      AnnotatedArticle old = before.articles().get(i);
      AnnotatedArticle now = articles.get(i);
      if (old == now) {
        continue;
      }
      if (changed.size() == MAX_PATCHED || !LinkIndexes.replaceable(old, before.links().get(i), now, links.get(i))
          || !old.footnotes().equals(now.footnotes())) {
        return null;
      }
      changed.add(i);
    }
    LinkIndexes indexes = before.indexes();
    List<LinkedArticle> linked = new ArrayList<>(before.linked());
    Set<ActorId> touched = new TreeSet<>();
    for (int i : changed) {
      indexes.replace(before.links().get(i), articles.get(i), links.get(i));
      linked.set(i, linkedArticle(articles.get(i), links.get(i), before.linked().get(i).related(), indexes));
      touched.addAll(links.get(i).actors());
    }
    Map<ActorId, ActorProfile> profiles = new TreeMap<>(before.profiles());
    for (ActorId id : touched) {
      ActorProfile old = profiles.get(id);
      if (old != null) {
        profiles.put(id, profile(old.actor(), indexes));
      }
    }
    // Every article keeps its id and place, so the positions stand.
    return new Linked(actors, articles, before.positions(), links, indexes, List.copyOf(linked), profiles,
        before.sources());
  }

  private static LinkedArticle linkedArticle(AnnotatedArticle a, ArticleLinks links, List<ArticleId> related,
      LinkIndexes indexes) {
    return new LinkedArticle(a, links.counts(), related, List.copyOf(indexes.backlinks.getOrDefault(a.id(), Set.of())));
  }

  /** Each article's related articles, in the dossier's order; scored in parallel batches that reuse arrays. */
  private static List<List<ArticleId>> relatedLists(RelatedInput input) {
    List<ArticleId> order = input.order();
    RelatedArticles related = new RelatedArticles(input.actorsByArticle(), order);
    return Parallel.map((order.size() + BATCH - 1) / BATCH, batch -> {
      RelatedArticles.Scorer scorer = related.scorer();
      List<List<ArticleId>> out = new ArrayList<>(BATCH);
      for (int i = batch * BATCH; i < Math.min(order.size(), (batch + 1) * BATCH); i++) {
        out.add(List.copyOf(scorer.relatedTo(i, input.actorsByArticle().getOrDefault(order.get(i), Set.of()))));
      }
      return out;
    }).stream().flatMap(List::stream).toList();
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

  /** An actor's profile; the indexes' mentions and notes are in the dossier's order already. */
  private static ActorProfile profile(Actor actor, LinkIndexes indexes) {
    List<ArticleMentions> byArticle = indexes.mentionsByActor.getOrDefault(actor.id(), Map.of()).entrySet().stream()
        .map(e -> new ArticleMentions(e.getKey(), e.getValue()))
        .toList();
    return new ActorProfile(actor, byArticle,
        sortedCounts(indexes.coMentions.getOrDefault(actor.id(), Map.of()), MAX_CO_MENTIONED),
        List.copyOf(indexes.notedIn.getOrDefault(actor.id(), Set.of())));
  }
}
