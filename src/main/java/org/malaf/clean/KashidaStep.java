package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;

/** Removes kashida (U+0640), the stretching stroke of justified lines; counts them, as justified lines carry them. */
final class KashidaStep implements CleanStep {

  static final char KASHIDA = '\u0640';

  @Override
  public String name() {
    return "kashida";
  }

  @Override
  public void apply(Draft d) {
    for (Line line : d.lines) {
      line.withKashida = line.text;
      if (line.text.indexOf(KASHIDA) < 0) {
        continue;
      }
      List<String> before = new ArrayList<>();
      List<String> after = new ArrayList<>();
      int count = 0;
      int firstCol = 0;
      for (String word : line.text.split(" ")) {
        if (word.indexOf(KASHIDA) >= 0) {
          before.add(word);
          after.add(word.replace(String.valueOf(KASHIDA), ""));
        }
      }
      for (int i = 0, col = 1; i < line.text.length(); i++, col++) {
        if (line.text.charAt(i) == KASHIDA) {
          count++;
          firstCol = firstCol == 0 ? col : firstCol;
        }
      }
      line.kashida = count;
      line.text = line.text.replace(String.valueOf(KASHIDA), "");
      d.repair(RepairKind.KASHIDA, line.number, firstCol, String.join(" ", before), String.join(" ", after), 1.0);
    }
  }
}
