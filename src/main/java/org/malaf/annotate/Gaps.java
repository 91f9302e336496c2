package org.malaf.annotate;

import java.util.List;

/** Decides which neighbouring words a multi-word name may span (an alias, a suggested name). */
public final class Gaps {

  private Gaps() {}

  /**
   * {@code joined[k]} is true when words k and k+1 are separated by spaces only (or invisible format
   * characters), or by a single hyphen, dot or apostrophe inside a name (Jean-Luc, S.A, O'Brien). A comma,
   * a quotation mark or a sentence end stops a name: «الإمارات، العربية» is not one phrase.
   */
  public static boolean[] joined(String text, List<FoldedToken> words) {
    boolean[] joined = new boolean[Math.max(0, words.size())];
    for (int k = 0; k + 1 < words.size(); k++) {
      joined[k] = isJoin(text, words.get(k).end(), words.get(k + 1).start());
    }
    return joined;
  }

  private static boolean isJoin(String text, int from, int to) {
    if (to - from == 1 && "-‐‑.'’".indexOf(text.charAt(from)) >= 0) {
      return true;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
        return false;
      }
    }
    return true;
  }
}
