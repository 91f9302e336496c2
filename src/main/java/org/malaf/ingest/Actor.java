package org.malaf.ingest;

import java.util.List;
import java.util.Objects;
import org.malaf.diag.SourcePosition;

/**
 * One registry entry: a person, organisation, country, place or group, with every spelling the
 * articles use ({@code aliases}, the name included) and phrases that look like it but are not it.
 */
public record Actor(
    ActorId id,
    String name,
    ActorKind kind,
    List<String> aliases,
    List<String> exclude,
    String descriptionMd,
    List<String> links,
    SourcePosition declaredAt) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
    exclude = List.copyOf(exclude);
    descriptionMd = descriptionMd == null ? "" : descriptionMd;
    links = List.copyOf(links);
    Objects.requireNonNull(declaredAt, "declaredAt");
  }
}
