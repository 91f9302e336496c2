package org.malaf.render.model;

import java.util.List;

/** Actors of one kind, under an Arabic heading, sorted with ICU's Arabic collation. */
public record ActorGroupView(String kind, String heading, List<ActorLinkView> actors) {

  public ActorGroupView {
    actors = List.copyOf(actors);
  }
}
