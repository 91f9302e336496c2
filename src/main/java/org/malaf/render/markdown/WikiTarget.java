package org.malaf.render.markdown;

import java.util.Objects;

/** Where a {@code [[kind:ref]]} link points on the page being rendered: a relative href and the target's name. */
public record WikiTarget(String href, String label) {

  public WikiTarget {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(label, "label");
  }
}
