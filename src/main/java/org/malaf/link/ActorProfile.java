package org.malaf.link;

import java.util.List;
import org.malaf.ingest.Actor;

/**
 * What the dossier knows of an actor: its mentions grouped by article (newest article first), how many
 * mentions that makes (counted once: every listing of actors asks), the actors most often named in the
 * same paragraphs, and the articles whose notes link to it.
 */
public record ActorProfile(Actor actor, List<ArticleMentions> byArticle, int mentionCount,
    List<ActorCount> coMentioned, List<org.malaf.ingest.ArticleId> notedIn) {

  public ActorProfile {
    byArticle = List.copyOf(byArticle);
    coMentioned = List.copyOf(coMentioned);
    notedIn = List.copyOf(notedIn);
    if (mentionCount != mentionsIn(byArticle)) {
      throw new IllegalArgumentException(mentionCount + " mentions said, " + mentionsIn(byArticle) + " listed");
    }
  }

  /** A profile whose mention count is that of {@code byArticle}. */
  public ActorProfile(Actor actor, List<ArticleMentions> byArticle, List<ActorCount> coMentioned,
      List<org.malaf.ingest.ArticleId> notedIn) {
    this(actor, byArticle, mentionsIn(byArticle), coMentioned, notedIn);
  }

  private static int mentionsIn(List<ArticleMentions> byArticle) {
    return byArticle.stream().mapToInt(a -> a.mentions().size()).sum();
  }
}
