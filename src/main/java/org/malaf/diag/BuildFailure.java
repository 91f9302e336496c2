package org.malaf.diag;

import java.util.List;

/**
 * Raised when the input has errors that stop a build. It carries the problems so the command line can
 * print them one line each; it is never shown as a stack trace.
 */
public final class BuildFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public BuildFailure(List<Problem> problems) {
    super(problems.isEmpty() ? "build failed" : problems.get(0).format(), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public BuildFailure(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
