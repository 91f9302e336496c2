package org.malaf.annotate.suggest;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Cuts the sentence around a name out of its paragraph, shortened to a line an editor can read. */
final class Samples {

  static final int MAX_CHARS = 160;

  private Samples() {}

  static String sentenceAround(String text, int start, int end) {
    // A new iterator per call: ICU break iterators keep state and are not thread-safe.
    BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLanguageTag("ar"));
    sentences.setText(text);
    int from = sentences.preceding(Math.min(start + 1, text.length()));
    int to = sentences.following(Math.max(start, end - 1));
    from = from == BreakIterator.DONE ? 0 : from;
    to = to == BreakIterator.DONE ? text.length() : to;
    String prefix = "";
    String suffix = "";
    if (to - from > MAX_CHARS) {
      int half = (MAX_CHARS - (end - start)) / 2;
      int newFrom = Math.max(from, start - Math.max(0, half));
      int newTo = Math.min(to, end + Math.max(0, half));
      prefix = newFrom > from ? "…" : "";
      suffix = newTo < to ? "…" : "";
      from = wordStart(text, newFrom);
      to = wordEnd(text, newTo);
    }
    return prefix + text.substring(from, to).strip().replaceAll("\\s+", " ") + suffix;
  }

  private static int wordStart(String text, int at) {
    int i = at;
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int at) {
    int i = at;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
