package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * A token of a raw line, remembering whether a kashida touched its edges (a sign the word was cut there). The
 * token's text and what depends on it alone are the article's one {@link ArticleStats.Token} for that text.
 */
record Tok(ArticleStats.Token token, boolean kashidaStart, boolean kashidaEnd) {

  String text() {
    return token.text;
  }

  boolean isMark() {
    return token.mark;
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

  /**
   * Splits a line (with its kashida still in) into tokens, the article's tokens of {@code stats}; a diacritic
   * that starts a token is a token of its own.
   */
  static List<Tok> split(String withKashida, ArticleStats stats) {
    List<Tok> out = new ArrayList<>();
    String s = withKashida;
    int i = Words.stripStart(s);
    int last = Words.stripEnd(s, i);
    // The line's characters, each token's kashida taken out in place (the token only shrinks).
    char[] chars = s.toCharArray();
    // The words between runs of white space (as split("\\s+") of the stripped line), kashida taken out.
    while (i < last) {
      int from = i;
      int end = from;   // the end of the token without its kashida
      while (i < last && !Words.isSpace(chars[i])) {
        if (chars[i] != KashidaStep.KASHIDA) {
          chars[end++] = chars[i];
        }
        i++;
      }
      int to = i;
      while (i < last && Words.isSpace(s.charAt(i))) {
        i++;
      }
      if (end == from) {
        continue;   // kashida alone
      }
      boolean kashidaStart = s.charAt(from) == KashidaStep.KASHIDA;
      boolean kashidaEnd = s.charAt(to - 1) == KashidaStep.KASHIDA;
      int marks = from;
      while (marks < end && Words.isMark(chars[marks])) {
        marks++;
      }
      if (marks > from && marks < end) {
        // A shadda drawn as its own glyph lands at the start of the next chunk: "ّفي".
        out.add(new Tok(stats.token(chars, from, marks), false, false));
        out.add(new Tok(stats.token(chars, marks, end), false, kashidaEnd));
      } else {
        out.add(new Tok(stats.token(chars, from, end), kashidaStart, kashidaEnd));
      }
    }
    return out;
  }
}
