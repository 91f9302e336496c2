package org.malaf.diag;

import java.util.Objects;

/**
 * One diagnostic for the user: where, what went wrong and what to do about it. Printed as
 * {@code seeds/002.yaml:14:5: error: annotation quote matches 2 times — add a prefix or suffix}.
 */
public record Problem(Severity severity, SourcePosition where, String what, String fix) {

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(what, "what");
    fix = fix == null ? "" : fix;
  }

  public static Problem error(SourcePosition where, String what, String fix) {
    return new Problem(Severity.ERROR, where, what, fix);
  }

  public static Problem warning(SourcePosition where, String what, String fix) {
    return new Problem(Severity.WARNING, where, what, fix);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The single line shown to the user. */
  public String format() {
    String line = where + ": " + severity.label() + ": " + what;
    return fix.isEmpty() ? line : line + " — " + fix;
  }

  @Override
  public String toString() {
    return format();
  }
}
