package org.malaf.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.RawArticle;

/** The mutable working state of one article inside the clean stage; never shared between threads. */
final class Draft {

  final RawArticle raw;
  final Problems problems;
  /** The whole text, used by the decode step before the text is split into lines. */
  String text;
  final List<Line> lines = new ArrayList<>();
  /** Blocks still made of raw lines, between the paragraph step and the display step. */
  final List<Para> paras = new ArrayList<>();
  final List<Block> blocks = new ArrayList<>();
  final List<Repair> repairs = new ArrayList<>();

  Draft(RawArticle raw, Problems problems) {
    this.raw = raw;
    this.problems = problems;
    this.text = raw.text();
  }

  Path file() {
    return raw.file();
  }

  SourcePosition at(int line, int column) {
    return new SourcePosition(raw.file(), Math.max(0, line), Math.max(0, column));
  }

  void repair(RepairKind kind, int line, int column, String before, String after, double confidence) {
    repairs.add(new Repair(kind, at(line, column), before, after, Math.max(0.0, Math.min(1.0, confidence))));
  }
}
