package org.malaf.ingest;

import java.util.Objects;
import org.malaf.diag.SourcePosition;

/** An editor's find → replace fix in a sidecar, applied once after cleaning; {@code find} must match exactly once. */
public record Correction(String find, String replace, SourcePosition declaredAt) {

  public Correction {
    Objects.requireNonNull(find, "find");
    replace = replace == null ? "" : replace;
    Objects.requireNonNull(declaredAt, "declaredAt");
  }
}
