package org.malaf.clean;

import java.util.Set;
import java.util.regex.Pattern;

/** Small facts about Arabic words and tokens that the cleaning steps share. */
final class Words {

  /** Particles and prepositions that need a following noun or verb, so never end a phrase (general Arabic). */
  static final Set<String> NEEDS_COMPLEMENT = Set.of(
      "في", "من", "على", "عن", "إلى", "الى", "مع", "بين", "حتى", "منذ", "خلال", "ضد", "حول", "نحو", "لدى",
      "عند", "أن", "إن", "لأن", "بأن", "التي", "الذي", "الذين", "لم", "لن", "قد", "هذه", "هذا", "ذلك", "تلك",
      "كل", "بعض", "أي", "غير", "عبر", "دون", "بعد", "قبل", "أمام", "ضمن", "إزاء", "بشأن");

  private static final Pattern TERMINAL = Pattern.compile("[.!?؟…][\"”»)'’]*$");

  private Words() {
  }

  static boolean isArabicLetter(int c) {
    return (c >= 0x0621 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x06FA && c <= 0x06FF);
  }

  static boolean isMark(int c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The word without surrounding punctuation and without diacritics, for counting. */
  static String core(String token) {
    StringBuilder b = new StringBuilder(token.length());
    int start = 0;
    int end = token.length();
    while (start < end && !Character.isLetterOrDigit(token.codePointAt(start))) {
      start += Character.charCount(token.codePointAt(start));
    }
    while (end > start && !Character.isLetterOrDigit(token.codePointBefore(end))) {
      end -= Character.charCount(token.codePointBefore(end));
    }
    for (int i = start; i < end; ) {
      int c = token.codePointAt(i);
      if (!isMark(c) && c != KashidaStep.KASHIDA) {
        b.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return b.toString();
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

  /** Ends a sentence: full stop, question or exclamation mark, maybe followed by a closing quote. */
  static boolean isTerminal(String token) {
    return TERMINAL.matcher(token).find();
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
}
