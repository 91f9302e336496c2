package org.malaf.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.malaf.diag.LineMap;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;

/**
 * The findings of one file, turned into problems: one per rule, at its first place, with a count of
 * the others. A template mistake repeats on every page it renders, and a list of hundreds of identical
 * lines would hide the one different problem.
 */
final class FileFindings {

  private final Path file;
  private final String text;
  private final Map<LintRule, List<Finding>> byRule = new EnumMap<>(LintRule.class);

  FileFindings(Path file, String text) {
    this.file = file;
    this.text = text;
  }

  void add(LintRule rule, int offset, String what) {
    byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(new Finding(rule, offset, what));
  }

  /** New, empty findings for the same file: a first pass that only needs to know whether there is any. */
  FileFindings draft() {
    return new FileFindings(file, text);
  }

  boolean isEmpty() {
    return byRule.isEmpty();
  }

  /** The problems in rule order; each names the first place and how many more there are. */
  List<Problem> problems() {
    if (byRule.isEmpty()) {
      return new ArrayList<>(); // the usual case: no line map to build
    }
    LineMap lines = new LineMap(text);
    List<Problem> out = new ArrayList<>();
    for (Map.Entry<LintRule, List<Finding>> entry : byRule.entrySet()) {
      List<Finding> all = entry.getValue();
      Finding first = all.stream().min((a, b) -> Integer.compare(a.offset(), b.offset())).orElseThrow();
      SourcePosition at = first.offset() < 0 ? SourcePosition.of(file) : lines.position(file, first.offset());
      String more = all.size() == 1 ? "" : " (and " + (all.size() - 1) + " more in this file)";
      LintRule rule = entry.getKey();
      out.add(new Problem(rule.severity(), at, first.what() + more + " [" + rule.id() + "]", rule.fix()));
    }
    return out;
  }
}
