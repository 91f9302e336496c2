package org.malaf.link;

import java.util.Objects;
import org.malaf.ingest.ActorId;

/** An actor with how often it is named (in an article, or together with another actor). */
public record ActorCount(ActorId actor, int count) {

  public ActorCount {
    Objects.requireNonNull(actor, "actor");
  }
}
