package org.malaf.clean;

import java.util.List;
import org.malaf.ingest.Correction;

/** Applies the editor's sidecar corrections to the cleaned text; each must match exactly once, within one block. */
final class CorrectionStep implements CleanStep {

  @Override
  public String name() {
    return "corrections";
  }

  @Override
  public void apply(Draft d) {
    List<Correction> corrections = d.raw.sidecar().corrections();
    for (Correction c : corrections) {
      if (c.find().isEmpty()) {
        d.problems.error(c.declaredAt(), "correction has an empty 'find'", "give the exact text to replace");
        continue;
      }
      int matches = 0;
      int where = -1;
      for (int b = 0; b < d.blocks.size(); b++) {
        int n = count(d.blocks.get(b).text(), c.find());
        matches += n;
        where = n > 0 ? b : where;
      }
      if (matches != 1) {
        d.problems.error(c.declaredAt(), "correction '" + c.find() + "' matches " + matches + " times in the cleaned text",
            matches == 0 ? "copy 'find' from `malaf clean` output; it must match the cleaned text exactly"
                : "make 'find' longer so it matches exactly once");
        continue;
      }
      Block block = d.blocks.get(where);
      d.blocks.set(where, block.withText(block.text().replace(c.find(), c.replace())));
      d.repair(RepairKind.CORRECTION, block.firstLine(), 1, c.find(), c.replace(), 1.0);
    }
  }

  private static int count(String text, String find) {
    int n = 0;
    for (int i = text.indexOf(find); i >= 0; i = text.indexOf(find, i + find.length())) {
      n++;
    }
    return n;
  }
}
