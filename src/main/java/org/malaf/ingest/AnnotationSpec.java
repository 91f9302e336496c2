package org.malaf.ingest;

import java.util.Objects;
import org.malaf.diag.SourcePosition;

/**
 * An editor's note as written in the sidecar, anchored like a W3C Web Annotation TextQuoteSelector:
 * the exact {@code quote} of the cleaned text, with optional {@code prefix}/{@code suffix} to pick one
 * of several occurrences.
 */
public record AnnotationSpec(String quote, String prefix, String suffix, String noteMd, SourcePosition declaredAt) {

  public AnnotationSpec {
    Objects.requireNonNull(quote, "quote");
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
    noteMd = noteMd == null ? "" : noteMd;
    Objects.requireNonNull(declaredAt, "declaredAt");
  }
}
