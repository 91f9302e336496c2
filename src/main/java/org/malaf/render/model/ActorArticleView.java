package org.malaf.render.model;

import java.util.List;

/** The mentions of an actor in one article. */
public record ActorArticleView(String title, String href, String dateText, List<MentionView> mentions) {

  public ActorArticleView {
    mentions = List.copyOf(mentions);
  }
}
