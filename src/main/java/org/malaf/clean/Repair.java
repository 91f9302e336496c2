package org.malaf.clean;

import java.util.Objects;
import org.malaf.diag.SourcePosition;

/**
 * One line of the repair report: what kind of damage was repaired where (raw line and column), the
 * text before and after, and how sure the cleaner is (0.0–1.0).
 */
public record Repair(RepairKind kind, SourcePosition at, String before, String after, double confidence) {

  public Repair {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    before = before == null ? "" : before;
    after = after == null ? "" : after;
    if (confidence < 0.0 || confidence > 1.0) {
      throw new IllegalArgumentException("confidence out of range: " + confidence);
    }
  }
}
