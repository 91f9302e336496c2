package org.malaf.link;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ArticleId;

/**
 * The dossier-wide indexes merged from every article's {@link ArticleLinks}. Built in the dossier's order
 * (newest first), so each list and insertion-ordered map is in that order too. Mutable: an edit that keeps
 * an article's actors, links and place patches its mentions in place (see {@link #replace}).
 */
final class LinkIndexes {

  final Map<ArticleId, Set<ActorId>> actorsByArticle = new HashMap<>();
  final Map<ActorId, Map<ArticleId, List<MentionContext>>> mentionsByActor = new HashMap<>();
  final Map<ActorId, Map<ActorId, Integer>> coMentions = new HashMap<>();
  final Map<ArticleId, Set<ArticleId>> backlinks = new HashMap<>();
  final Map<ActorId, Set<ArticleId>> notedIn = new HashMap<>();

  /** The indexes of {@code articles} (newest first) with what each adds, {@code links}, at the same index. */
  static LinkIndexes of(List<AnnotatedArticle> articles, List<ArticleLinks> links) {
    LinkIndexes indexes = new LinkIndexes();
    for (int i = 0; i < articles.size(); i++) {
      indexes.add(articles.get(i), links.get(i));
    }
    return indexes;
  }

  private void add(AnnotatedArticle a, ArticleLinks own) {
    if (!own.actors().isEmpty()) {
      actorsByArticle.put(a.id(), own.actors());
    }
    own.contextsByActor().forEach((actor, contexts) ->
        mentionsByActor.computeIfAbsent(actor, k -> new LinkedHashMap<>()).put(a.id(), contexts));
    addCoMentions(own, 1);
    for (ArticleId target : a.linkedArticles()) {
      backlinks.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(a.id());
    }
    for (ActorId actor : a.linkedActors()) {
      notedIn.computeIfAbsent(actor, k -> new LinkedHashSet<>()).add(a.id());
    }
  }

  /**
   * True when an article's new version can take the old one's place by {@link #replace}: it names the same
   * actors and its notes link to the same articles and actors, so no index gains or loses an entry.
   */
  static boolean replaceable(AnnotatedArticle old, ArticleLinks oldLinks, AnnotatedArticle now,
      ArticleLinks nowLinks) {
    return old.id().equals(now.id()) && oldLinks.actors().equals(nowLinks.actors())
        && old.linkedArticles().equals(now.linkedArticles()) && old.linkedActors().equals(now.linkedActors());
  }

  /** Puts an article's new mentions where its old ones were; {@link #replaceable} must hold. */
  void replace(ArticleLinks old, AnnotatedArticle now, ArticleLinks nowLinks) {
    // A map's value replaced under the same key keeps its place, so the dossier's order stands.
    nowLinks.contextsByActor().forEach((actor, contexts) -> mentionsByActor.get(actor).put(now.id(), contexts));
    addCoMentions(old, -1);
    addCoMentions(nowLinks, 1);
  }

  private void addCoMentions(ArticleLinks links, int sign) {
    links.coMentions().forEach((x, ys) -> {
      Map<ActorId, Integer> counts = coMentions.computeIfAbsent(x, k -> new HashMap<>());
      ys.forEach((y, n) -> counts.merge(y, sign * n, (a, b) -> a + b == 0 ? null : a + b));
    });
  }
}
