package org.malaf.explore.timeline;

import java.util.Objects;

/** A date expression in a block's text: its span {@code [start, end)} as written (UTF-16 offsets) and its date. */
public record FoundDate(int start, int end, String text, TimelineDate date) {

  public FoundDate {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + "-" + end);
    }
  }
}
