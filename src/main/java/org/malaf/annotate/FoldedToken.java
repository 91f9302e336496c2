package org.malaf.annotate;

import java.util.Objects;

/** One word of a text: its span {@code [start, end)} in the original (UTF-16 offsets) and its folded form. */
public record FoldedToken(int start, int end, String folded) {

  public FoldedToken {
    Objects.requireNonNull(folded, "folded");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span " + start + "-" + end);
    }
  }
}
