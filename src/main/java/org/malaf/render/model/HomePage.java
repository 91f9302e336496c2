package org.malaf.render.model;

import java.util.List;

/**
 * Everything a page of the home listing shows: {@code index.html} (page 1) carries the dossier's
 * introduction, its actors and the editors' latest notes as well as the newest articles; the further pages
 * list the older articles only (their introduction, actor groups and notes are empty). The previous and
 * next links are "" on the first and last page.
 */
public record HomePage(
    Chrome chrome,
    String descriptionHtml,
    int articleCount,
    int actorCount,
    int sourceCount,
    List<ArticleCard> articles,
    List<ActorGroupView> actorGroups,
    List<RecentNoteView> notes,
    int pageNumber,
    int pageCount,
    String previousHref,
    String nextHref) {

  public HomePage {
    articles = List.copyOf(articles);
    actorGroups = List.copyOf(actorGroups);
    notes = List.copyOf(notes);
  }
}
