package org.malaf.lint;

/**
 * Cheap tests for the characters the text rules look for. Almost all text on a page is Arabic, with no
 * Latin letter, ASCII digit or arrow; these scans let such text skip the regular expressions, whose
 * script classes cost a table search per character. Each test agrees exactly with the pattern it stands for.
 */
final class TextScan {

  private TextScan() {
  }

  /** The same as {@code [\p{IsLatin}0-9]}: a character that can start a Latin or number run. */
  static boolean isLatinOrDigit(int cp) {
    if (cp < 0x80) {
      int lower = cp | 0x20;
      return (cp >= '0' && cp <= '9') || (lower >= 'a' && lower <= 'z');
    }
    if ((cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x2000 && cp <= 0x206F)) {
      return false; // the Arabic and General Punctuation blocks: the common case, with no Latin character
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }

  /** The same as {@code [\p{IsArabic}&&\p{L}]}: a letter of the Arabic script. */
  static boolean isArabicLetter(int cp) {
    if (cp < 0x0600) {
      return false;
    }
    if ((cp >= 0x0621 && cp <= 0x063A) || (cp >= 0x0641 && cp <= 0x064A)) {
      return true; // the basic Arabic letters (U+0640, the kashida between them, is not a letter of the script)
    }
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
  }

  /** Where the first Latin or number run of {@code text} starts (a code point for which {@link #isLatinOrDigit} holds), or -1. */
  static int firstRunStart(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isLatinOrDigit(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** Where the first arrow that points left or right is (← → ⇐ ⇒ ⟵ ⟶), or -1. */
  static int firstArrow(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u2190' && (c == '\u2190' || c == '\u2192' || c == '\u21D0' || c == '\u21D2' || c == '\u27F5'
          || c == '\u27F6')) {
        return i;
      }
    }
    return -1;
  }
}
