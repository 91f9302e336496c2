package org.malaf.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actor registry, immutable, with lookup by id; actors keep the order of {@code actors.yaml}. */
public record ActorRegistry(List<Actor> actors, Map<ActorId, Actor> byId) {

  public ActorRegistry {
    actors = List.copyOf(actors);
    byId = Map.copyOf(byId);
  }

  public static ActorRegistry of(List<Actor> actors) {
    Map<ActorId, Actor> byId = new LinkedHashMap<>();
    for (Actor actor : actors) {
      byId.putIfAbsent(actor.id(), actor);
    }
    return new ActorRegistry(actors, byId);
  }

  public Optional<Actor> find(ActorId id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<Actor> find(String id) {
    return ActorId.isValid(id) ? find(new ActorId(id)) : Optional.empty();
  }

  public int size() {
    return actors.size();
  }
}
