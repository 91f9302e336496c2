package org.malaf.render.model;

import java.util.List;

/** Everything {@code actor.html} shows. */
public record ActorPage(
    Chrome chrome,
    String id,
    String name,
    String kind,
    String kindLabel,
    String descriptionHtml,
    List<String> aliases,
    List<LinkView> links,
    int mentionCount,
    List<ActorArticleView> articles,
    List<ActorLinkView> coMentioned,
    List<LinkView> notedIn) {

  public ActorPage {
    aliases = List.copyOf(aliases);
    links = List.copyOf(links);
    articles = List.copyOf(articles);
    coMentioned = List.copyOf(coMentioned);
    notedIn = List.copyOf(notedIn);
  }
}
