package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;

/** A token of a raw line, remembering whether a kashida touched its edges (a sign the word was cut there). */
record Tok(String text, boolean kashidaStart, boolean kashidaEnd) {

  boolean isMark() {
    return !text.isEmpty() && text.codePoints().allMatch(Words::isMark);
  }

  /** Splits a line (with its kashida still in) into tokens; a diacritic that starts a token is a token of its own. */
  static List<Tok> split(String withKashida) {
    List<Tok> out = new ArrayList<>();
    for (String raw : withKashida.strip().split("\\s+")) {
      if (raw.isEmpty()) {
        continue;
      }
      boolean start = raw.charAt(0) == KashidaStep.KASHIDA;
      boolean end = raw.charAt(raw.length() - 1) == KashidaStep.KASHIDA;
      String t = raw.replace(String.valueOf(KashidaStep.KASHIDA), "");
      if (t.isEmpty()) {
        continue;
      }
      int marks = 0;
      while (marks < t.length() && Words.isMark(t.charAt(marks))) {
        marks++;
      }
      if (marks > 0 && marks < t.length()) {
        // A shadda drawn as its own glyph lands at the start of the next chunk: "ّفي".
        out.add(new Tok(t.substring(0, marks), false, false));
        out.add(new Tok(t.substring(marks), false, end));
      } else {
        out.add(new Tok(t, start, end));
      }
    }
    return out;
  }
}
