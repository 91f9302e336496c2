package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small facts about Arabic words and tokens that the cleaning steps share. */
final class Words {

  /** Particles and prepositions that need a following noun or verb, so never end a phrase (general Arabic). */
  static final Set<String> NEEDS_COMPLEMENT = Set.of(
      "في", "من", "على", "عن", "إلى", "الى", "مع", "بين", "حتى", "منذ", "خلال", "ضد", "حول", "نحو", "لدى",
      "عند", "أن", "إن", "لأن", "بأن", "التي", "الذي", "الذين", "لم", "لن", "قد", "هذه", "هذا", "ذلك", "تلك",
      "كل", "بعض", "أي", "غير", "عبر", "دون", "بعد", "قبل", "أمام", "ضمن", "إزاء", "بشأن");

  private Words() {
  }

  static boolean isArabicLetter(int c) {
    return (c >= 0x0621 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x06FA && c <= 0x06FF);
  }

  static boolean isMark(int c) {
    if (c < 0x0300 || (c >= 0x0621 && c <= 0x064A)) {
      return false;   // Latin and the Arabic letters, the bulk of the text, hold no mark: skip the table
    }
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The word without surrounding punctuation and without diacritics, for counting. */
  static String core(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && !isLetterOrDigit(token.codePointAt(start))) {
      start += Character.charCount(token.codePointAt(start));
    }
    while (end > start && !isLetterOrDigit(token.codePointBefore(end))) {
      end -= Character.charCount(token.codePointBefore(end));
    }
    int first = start;
    while (first < end) {
      char c = token.charAt(first);
      if (Character.isSurrogate(c) || isMark(c) || c == KashidaStep.KASHIDA) {
        break;   // something to drop, or a character outside the BMP: the careful loop below
      }
      first++;
    }
    if (first == end) {
      return token.substring(start, end);   // the common case: nothing to drop, no copy
    }
    StringBuilder b = new StringBuilder(end - start).append(token, start, first);
    for (int i = first; i < end; ) {
      int c = token.codePointAt(i);
      if (!isMark(c) && c != KashidaStep.KASHIDA) {
        b.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return b.toString();
  }

  /** {@link Character#isLetterOrDigit(int)}, answering for the Arabic letters without the table. */
  private static boolean isLetterOrDigit(int c) {
    return (c >= 0x0621 && c <= 0x064A) || Character.isLetterOrDigit(c);
  }

  /** Digits or Latin without Arabic letters: a left-to-right run, which the extractor may cut off. */
  static boolean isLtr(String token) {
    boolean strong = false;
    for (int i = 0; i < token.length(); ) {
      int c = token.codePointAt(i);
      if (isArabicLetter(c)) {
        return false;
      }
      strong |= Character.isLetterOrDigit(c);
      i += Character.charCount(c);
    }
    return strong;
  }

  /**
   * Ends a sentence: full stop, question or exclamation mark, maybe followed by a closing quote. The same
   * test as the regex {@code [.!?؟…]["”»)'’]*$} (whose {@code $} also matches before a final line terminator),
   * without a matcher per token.
   */
  static boolean isTerminal(String token) {
    int n = token.length();
    if (endsTerminal(token, n)) {
      return true;
    }
    if (n >= 2 && token.charAt(n - 2) == '\r' && token.charAt(n - 1) == '\n') {
      return endsTerminal(token, n - 2);
    }
    if (n >= 1) {
      char c = token.charAt(n - 1);
      boolean lineEnd = (c == '\n' && (n < 2 || token.charAt(n - 2) != '\r')) || c == '\r' || c == '\u0085'
          || c == '\u2028' || c == '\u2029';
      return lineEnd && endsTerminal(token, n - 1);
    }
    return false;
  }

  /** token[0, end) ends with a sentence mark, maybe followed by closing quotes. */
  private static boolean endsTerminal(String token, int end) {
    int k = end;
    while (k > 0 && "\"”»)'’".indexOf(token.charAt(k - 1)) >= 0) {
      k--;
    }
    return k > 0 && ".!?؟…".indexOf(token.charAt(k - 1)) >= 0;
  }

  static int lastLetter(String token) {
    for (int i = token.length(); i > 0; ) {
      int c = token.codePointBefore(i);
      if (isArabicLetter(c)) {
        return c;
      }
      if (!isMark(c)) {
        return -1;
      }
      i -= Character.charCount(c);
    }
    return -1;
  }

  static int firstLetter(String token) {
    return token.isEmpty() ? -1 : (isArabicLetter(token.codePointAt(0)) ? token.codePointAt(0) : -1);
  }

  static int countWords(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Where {@code text.strip()} would begin: the first character that is not white space (or the length). */
  static int stripStart(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /** Where {@code text.strip()} would end, given its {@link #stripStart}. */
  static int stripEnd(String text, int start) {
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** White space as the regex {@code \\s} means it (ASCII only), which is where lines are split into words. */
  static boolean isSpace(char c) {
    return c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r'));   // space, or \t \n \u000B \f \r
  }

  /**
   * The words of a text: {@code text.strip().split("\\s+")} without a regex, so an empty text gives one
   * empty word, as split does.
   */
  static List<String> split(String text) {
    int start = stripStart(text);
    int end = stripEnd(text, start);
    List<String> out = new ArrayList<>();
    if (start == end) {
      out.add("");
      return out;
    }
    int i = start;
    while (i < end) {
      int j = i;
      while (j < end && !isSpace(text.charAt(j))) {
        j++;
      }
      out.add(text.substring(i, j));
      while (j < end && isSpace(text.charAt(j))) {
        j++;
      }
      i = j;
    }
    return out;
  }

  /** {@code String.join(" ", text.strip().split("\\s+"))}, without copying a text that is already so. */
  static String singleSpaced(String text) {
    int start = stripStart(text);
    int end = stripEnd(text, start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || text.charAt(i + 1) == ' ')) {
        return String.join(" ", split(text));
      }
    }
    return text.substring(start, end);
  }
}
