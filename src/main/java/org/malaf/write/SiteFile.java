package org.malaf.write;

import java.util.Objects;
import java.util.function.Supplier;
import org.malaf.render.SitePath;

/**
 * One file of the site to write: its path, the SHA-256 of its bytes, and the bytes, produced on demand so
 * an in-place update never loads a page whose hash says it has not changed.
 */
public record SiteFile(SitePath path, String sha256, Supplier<byte[]> bytes) {

  public SiteFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(bytes, "bytes");
  }
}
