package org.malaf.annotate;

import java.util.Objects;
import org.malaf.ingest.ActorId;

/**
 * An actor named in an article: the block (0-based index into the article's blocks), the span
 * {@code [start, end)} in that block's cleaned text (UTF-16 offsets) and the surface form as written.
 */
public record Mention(ActorId actor, int block, int start, int end, String surface) {

  public Mention {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(surface, "surface");
    if (block < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span " + block + ":" + start + "-" + end);
    }
  }
}
