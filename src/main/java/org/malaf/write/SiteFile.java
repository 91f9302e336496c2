package org.malaf.write;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.malaf.render.SitePath;

/**
 * One file of the site to write: its path, the SHA-256 of its bytes, and the bytes, produced on demand so
 * an in-place update never loads a page whose hash says it has not changed. A page waiting in a
 * {@link Spool} names its file there, which the writer links into the site instead of writing the bytes.
 */
public record SiteFile(SitePath path, String sha256, Supplier<byte[]> bytes, Optional<Path> spooled) {

  public SiteFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(spooled, "spooled");
  }

  /** A file whose bytes are made (or loaded) when asked. */
  public SiteFile(SitePath path, String sha256, Supplier<byte[]> bytes) {
    this(path, sha256, bytes, Optional.empty());
  }
}
