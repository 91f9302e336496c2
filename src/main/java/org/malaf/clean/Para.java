package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;

/** A block while it is still a list of raw lines, so later steps can split it at a line. */
final class Para {

  BlockType type;
  final List<Line> lines;

  Para(BlockType type, List<Line> lines) {
    this.type = type;
    this.lines = new ArrayList<>(lines);
  }

  String text() {
    StringBuilder b = new StringBuilder();
    for (Line l : lines) {
      String t = l.text.strip();
      if (!t.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(t);
      }
    }
    return b.toString();
  }

  Block toBlock() {
    return new Block(type, text(), lines.get(0).number, lines.get(lines.size() - 1).number);
  }
}
