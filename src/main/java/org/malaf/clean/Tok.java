package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;

/** A token of a raw line, remembering whether a kashida touched its edges (a sign the word was cut there). */
record Tok(String text, boolean kashidaStart, boolean kashidaEnd) {

  boolean isMark() {
    return isMark(text);
  }

  /** The text is not empty and holds only diacritics. */
  static boolean isMark(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!Words.isMark(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** Splits a line (with its kashida still in) into tokens; a diacritic that starts a token is a token of its own. */
  static List<Tok> split(String withKashida) {
    List<Tok> out = new ArrayList<>();
    String s = withKashida;
    int i = Words.stripStart(s);
    int last = Words.stripEnd(s, i);
    // The words between runs of white space (as split("\\s+") of the stripped line), kashida taken out.
    while (i < last) {
      int from = i;
      int kashida = 0;
      while (i < last && !Words.isSpace(s.charAt(i))) {
        kashida += s.charAt(i) == KashidaStep.KASHIDA ? 1 : 0;
        i++;
      }
      int to = i;
      while (i < last && Words.isSpace(s.charAt(i))) {
        i++;
      }
      if (kashida == to - from) {
        continue;   // kashida alone
      }
      boolean start = s.charAt(from) == KashidaStep.KASHIDA;
      boolean end = s.charAt(to - 1) == KashidaStep.KASHIDA;
      String t = kashida == 0 ? s.substring(from, to) : KashidaStep.strip(s.substring(from, to));
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
