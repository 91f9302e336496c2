package org.malaf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;

/** Prints problems one line each, paths relative to the working folder, capped at {@link Problems#PRINT_LIMIT}. */
public final class ProblemPrinter {

  private final PrintWriter err;

  public ProblemPrinter(PrintWriter err) {
    this.err = err;
  }

  public void print(List<Problem> problems) {
    int shown = 0;
    for (Problem p : problems) {
      if (shown == Problems.PRINT_LIMIT) {
        err.println("… and " + (problems.size() - shown) + " more problems");
        break;
      }
      err.println(relative(p).format());
      shown++;
    }
    err.flush();
  }

  private static Problem relative(Problem p) {
    Path file = p.where().file();
    Path cwd = Path.of("").toAbsolutePath();
    if (file.isAbsolute() && file.startsWith(cwd)) {
      file = cwd.relativize(file);
    }
    SourcePosition where = new SourcePosition(file, p.where().line(), p.where().column());
    return new Problem(p.severity(), where, p.what(), p.fix());
  }
}
