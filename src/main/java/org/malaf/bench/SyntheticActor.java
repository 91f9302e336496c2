package org.malaf.bench;

import java.util.List;
import java.util.Objects;
import org.malaf.ingest.ActorKind;

/**
 * One generated registry entry: its id, name, kind and registered aliases (the name and spelling
 * variants that fold differently), plus the surfaces articles write it with — the aliases and variants
 * that fold the same (أ written ا, final ي written ى) — and an optional Markdown description.
 */
record SyntheticActor(String id, String name, ActorKind kind, List<String> aliases, List<String> surfaces,
    String description) {

  SyntheticActor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
    surfaces = List.copyOf(surfaces);
    description = description == null ? "" : description;
  }

  /** True when the first word carries the article ال, so the clitic ل merges with it (ل + الـ → لل). */
  static boolean definite(String surface) {
    return surface.startsWith("ال") && surface.length() > 3;
  }
}
