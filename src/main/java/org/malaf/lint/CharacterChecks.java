package org.malaf.lint;

/**
 * The rules about single characters, checked on a page's whole source (text, attributes and head):
 * deprecated embedding controls, presentation forms, kashida inside words and numbers that mix digit
 * families. ZWJ and ZWNJ (U+200D, U+200C) are deliberately accepted: they carry meaning in Arabic
 * (ZWNJ keeps a letter from joining) and must survive unchanged.
 */
final class CharacterChecks {

  private static final int TATWEEL = 0x0640;

  private CharacterChecks() {
  }

  static void check(String text, FileFindings out) {
    int length = text.length();
    for (int i = 0; i < length; ) {
      while (i < length && ordinary(text.charAt(i))) {
        i++;
      }
      if (i == length) {
        break;
      }
      int cp = text.codePointAt(i);
      if (cp >= 0x202A && cp <= 0x202E) {
        out.add(LintRule.BIDI_CONTROL, i, String.format("deprecated bidi embedding control U+%04X", cp));
      } else if (isPresentationForm(cp)) {
        out.add(LintRule.PRESENTATION_FORM, i, String.format("Arabic presentation form U+%04X «%s»", cp,
            new String(Character.toChars(cp))));
      } else if (cp == TATWEEL && insideWord(text, i)) {
        out.add(LintRule.TATWEEL, i, "kashida (U+0640) inside the word «" + wordAround(text, i) + "»");
      } else if (digitFamily(cp) != 0) {
        i = number(text, i, out);
        continue;
      }
      i += Character.charCount(cp);
    }
  }

  /**
   * True for a character no rule looks at: below U+202A, all but the digits and the kashida (markup, Latin
   * and the Arabic letters, the bulk of a page). Not a surrogate, so it is one code point.
   */
  private static boolean ordinary(char c) {
    return c < '0' || (c > '9' && c < TATWEEL) || (c > TATWEEL && c < 0x0660) || (c > 0x0669 && c < 0x06F0)
        || (c > 0x06F9 && c < 0x202A);
  }

  /**
   * U+FB50–FDFF and U+FE70–FEFF, except the ornate parentheses U+FD3E/FD3F, which are ordinary
   * punctuation in Arabic typesetting, and the byte-order mark U+FEFF, which jsoup and browsers drop.
   */
  static boolean isPresentationForm(int cp) {
    boolean formsA = cp >= 0xFB50 && cp <= 0xFDFF && cp != 0xFD3E && cp != 0xFD3F;
    boolean formsB = cp >= 0xFE70 && cp <= 0xFEFE;
    return formsA || formsB;
  }

  /** True when the kashida sits between two Arabic letters (marks skipped): justification, not a letter form. */
  private static boolean insideWord(String text, int at) {
    return arabicLetter(neighbour(text, at, -1)) && arabicLetter(neighbour(text, at, 1));
  }

  private static int neighbour(String text, int at, int step) {
    int i = step < 0 ? at : at + 1;
    while (step < 0 ? i > 0 : i < text.length()) {
      int cp = step < 0 ? text.codePointBefore(i) : text.codePointAt(i);
      if (cp != TATWEEL && Character.getType(cp) != Character.NON_SPACING_MARK) {
        return cp;
      }
      i += step < 0 ? -Character.charCount(cp) : Character.charCount(cp);
    }
    return -1;
  }

  private static boolean arabicLetter(int cp) {
    return cp >= 0 && Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
  }

  private static String wordAround(String text, int at) {
    int start = at;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '>') {
      start--;
    }
    int end = at;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '<') {
      end++;
    }
    return text.substring(start, Math.min(end, start + 40));
  }

  /** 1 for ASCII 0-9, 2 for Arabic-Indic ٠-٩, 3 for Extended Arabic-Indic ۰-۹, 0 otherwise. */
  static int digitFamily(int cp) {
    if (cp >= '0' && cp <= '9') {
      return 1;
    }
    if (cp >= 0x0660 && cp <= 0x0669) {
      return 2;
    }
    return cp >= 0x06F0 && cp <= 0x06F9 ? 3 : 0;
  }

  /**
   * Reads one number from {@code start}: digits, joined by single decimal or thousands separators
   * ({@code . , ٫ ٬}); reports it when it mixes families. Returns the offset after the number.
   */
  private static int number(String text, int start, FileFindings out) {
    int families = 0;
    int i = start;
    int end = start;
    while (i < text.length()) {
      int family = digitFamily(text.charAt(i));
      if (family != 0) {
        families |= 1 << family;
        i++;
        end = i;
      } else if (i + 1 < text.length() && ".,\u066B\u066C".indexOf(text.charAt(i)) >= 0
          && digitFamily(text.charAt(i + 1)) != 0) {
        i++;
      } else {
        break;
      }
    }
    if (Integer.bitCount(families) > 1) {
      out.add(LintRule.DIGIT_MIX, start, "the number «" + text.substring(start, end) + "» mixes digit families");
    }
    return end;
  }
}
