package org.malaf.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems found while reading and building a dossier. Thread-safe, because stages run
 * in parallel across articles; {@link #sorted()} gives a deterministic order for printing.
 */
public final class Problems {

  /** At most this many problems are printed, like Hugo's error cap: the rest are counted. */
  public static final int PRINT_LIMIT = 50;

  private static final Comparator<Problem> ORDER = Comparator
      .comparing((Problem p) -> p.where().file().toString())
      .thenComparingInt(p -> p.where().line())
      .thenComparingInt(p -> p.where().column())
      .thenComparing(Problem::severity)
      .thenComparing(Problem::what);

  private final List<Problem> list = new ArrayList<>();

  public synchronized void add(Problem problem) {
    list.add(problem);
  }

  public synchronized void addAll(Collection<Problem> problems) {
    list.addAll(problems);
  }

  public void error(SourcePosition where, String what, String fix) {
    add(Problem.error(where, what, fix));
  }

  public void warning(SourcePosition where, String what, String fix) {
    add(Problem.warning(where, what, fix));
  }

  public synchronized boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  public synchronized long errorCount() {
    return list.stream().filter(Problem::isError).count();
  }

  public synchronized long warningCount() {
    return list.size() - errorCount();
  }

  /** All problems, errors first within a file position, in a stable order. */
  public synchronized List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(list);
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  /** Throws {@link BuildFailure} carrying every problem if any of them is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new BuildFailure(sorted());
    }
  }
}
