package org.malaf.render.model;

import java.util.List;

/** Everything {@code actors.html} shows: actors grouped by kind. */
public record ActorsPage(Chrome chrome, int actorCount, List<ActorGroupView> groups) {

  public ActorsPage {
    groups = List.copyOf(groups);
  }
}
