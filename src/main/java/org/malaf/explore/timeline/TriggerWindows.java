package org.malaf.explore.timeline;

import java.util.ArrayList;
import java.util.List;
import org.malaf.explore.search.FoldingTable;

/**
 * Where in a block the date finder looks: stretches of the folded text around the words every date
 * expression contains (a month name, a year word, a weekday, «امس»), merged where they overlap. Running
 * the patterns only there is what makes the finder fast: tried at every position of a 10,000-article
 * dossier, the month alternation costs seconds. Two out of three blocks have no such word at all, and
 * {@link #mayHaveAny} tells most of them apart before the block is folded.
 */
final class TriggerWindows {

  /** How far before and after a trigger word an expression may reach («من 14 إلى 16 من شهر» … «، من عام 2016»). */
  static final int BEFORE = 30;
  static final int AFTER = 50;

  /**
   * A stretch {@code [from, to)} of the folded text and the {@link CalendarWords} kinds of the trigger
   * words in it: a pattern that needs a word of another kind cannot match there.
   */
  record Window(int from, int to, int kinds) {

    boolean has(int kind) {
      return (kinds & kind) != 0;
    }
  }

  private TriggerWindows() {
  }

  /** The windows of folded text {@code f}, in order, none overlapping or touching another. */
  static List<Window> of(String f) {
    List<Window> out = new ArrayList<>();
    int n = f.length();
    int from = -1;
    int to = -1;
    int kinds = 0;
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(f.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int hash = 0;
      for (char c; i < n && Character.isLetter(c = f.charAt(i)); i++) {
        hash = 31 * hash + c;
      }
      int kind = CalendarWords.triggerKind(f, start, i, hash);
      if (kind != 0) {
        int wFrom = Math.max(0, start - BEFORE);
        int wTo = Math.min(n, i + AFTER);
        if (from >= 0 && wFrom <= to) {
          to = Math.max(to, wTo);
          kinds |= kind;
        } else {
          if (from >= 0) {
            out.add(new Window(from, to, kinds));
          }
          from = wFrom;
          to = wTo;
          kinds = kind;
        }
      }
    }
    if (from >= 0) {
      out.add(new Window(from, to, kinds));
    }
    return out;
  }

  /**
   * False only when {@link #of} would find no window in the folding of {@code text}: the same scan for
   * trigger words, done on the text as written with {@link FoldingTable}, without building the folded
   * text or its words. True for a word that might be a trigger (a hash collision only costs the exact look)
   * and whenever the text holds a unit that table cannot fold alone.
   */
  static boolean mayHaveAny(String text) {
    int length = 0; // of the current word, folded
    int hash = 0; // its String.hashCode, folded
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (FoldingTable.isComplex(c)) {
        return true;
      }
      if (FoldingTable.isDropped(c)) {
        continue; // gone from the folded text: the letters around it meet
      }
      if (FoldingTable.foldsToLetter(c)) {
        length++;
        hash = 31 * hash + FoldingTable.fold(c);
      } else if (length > 0) {
        if (CalendarWords.mayBeTrigger(length, hash)) {
          return true;
        }
        length = 0;
        hash = 0;
      }
    }
    return false;
  }
}
