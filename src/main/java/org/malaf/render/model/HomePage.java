package org.malaf.render.model;

import java.util.List;

/** Everything {@code index.html} shows. */
public record HomePage(
    Chrome chrome,
    String descriptionHtml,
    int articleCount,
    int actorCount,
    int sourceCount,
    List<ArticleCard> articles,
    List<ActorGroupView> actorGroups,
    List<RecentNoteView> notes) {

  public HomePage {
    articles = List.copyOf(articles);
    actorGroups = List.copyOf(actorGroups);
    notes = List.copyOf(notes);
  }
}
