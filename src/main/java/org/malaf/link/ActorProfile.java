package org.malaf.link;

import java.util.List;
import org.malaf.ingest.Actor;

/**
 * What the dossier knows of an actor: its mentions grouped by article (newest article first), the actors
 * most often named in the same paragraphs, and the articles whose notes link to it.
 */
public record ActorProfile(Actor actor, List<ArticleMentions> byArticle, List<ActorCount> coMentioned,
    List<org.malaf.ingest.ArticleId> notedIn) {

  public ActorProfile {
    byArticle = List.copyOf(byArticle);
    coMentioned = List.copyOf(coMentioned);
    notedIn = List.copyOf(notedIn);
  }

  public int mentionCount() {
    return byArticle.stream().mapToInt(a -> a.mentions().size()).sum();
  }
}
