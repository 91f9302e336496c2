package org.malaf.link;

import java.util.Objects;

/**
 * A mention shown in context on an actor page: the sentence cut around the surface form, and the
 * paragraph number ({@code #p-N}) it links to.
 */
public record MentionContext(int paragraph, String before, String surface, String after) {

  public MentionContext {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(after, "after");
  }
}
