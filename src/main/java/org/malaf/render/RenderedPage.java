package org.malaf.render;

import java.util.Objects;

/** A rendered output file: where it goes in the site and its bytes. */
public record RenderedPage(SitePath path, byte[] bytes) {

  public RenderedPage {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
  }
}
