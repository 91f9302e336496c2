package org.malaf.diag;

/** How bad a {@link Problem} is: errors stop a build, warnings are printed and the build goes on. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed in a diagnostic line. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
