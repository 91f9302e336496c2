package org.malaf.render.model;

import java.util.List;

/** An article in a list: title, link, date, publisher, its most named actors. */
public record ArticleCard(String title, String href, String dateIso, String dateText, String publisher,
    int paragraphs, List<ActorLinkView> topActors) {

  public ArticleCard {
    topActors = List.copyOf(topActors);
  }
}
