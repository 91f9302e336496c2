package org.malaf.explore.search;

import org.malaf.annotate.ArabicFolding;

/**
 * {@link ArabicFolding} of one UTF-16 unit by table lookup, for the loops that fold a whole dossier (the
 * search index's words, the timeline's look for calendar words): the general rule costs a
 * {@code Character.getType} and a {@code toLowerCase} per letter. The table is filled by folding each unit
 * alone, so it agrees with {@link ArabicFolding} by construction. Units whose folding depends on their
 * neighbours or gives several characters — a combining hamza (و + ٔ is ؤ), a ligature, a surrogate — are
 * marked {@link #isComplex complex}: a text holding one must go through {@link ArabicFolding} itself.
 */
public final class FoldingTable {

  private static final byte WORD_PART = 1;
  private static final byte JOINER = 2;
  private static final byte DROPPED = 4;
  private static final byte LETTER = 8;
  private static final byte COMPLEX = 16;

  /** Each unit's folding and kind; never written after class initialisation. */
  private static final char[] FOLDED = new char[0x10000];
  private static final byte[] KIND = new byte[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      String folded = Character.isSurrogate((char) c) ? null : ArabicFolding.fold(String.valueOf((char) c));
      byte kind = ArabicFolding.isWordPart(c) ? WORD_PART : 0;
      if (c == 0x200C || c == 0x200D) {
        kind |= JOINER;
      }
      if (folded == null || folded.length() > 1 || c == '\u0654' || c == '\u0655') {
        kind |= COMPLEX;
      } else if (folded.isEmpty()) {
        kind |= DROPPED;
      } else {
        FOLDED[c] = folded.charAt(0);
        if (Character.isLetter(folded.charAt(0))) {
          kind |= LETTER;
        }
      }
      KIND[c] = kind;
    }
  }

  private FoldingTable() {
  }

  /** True when {@code c} cannot be folded alone: the text must be folded by {@link ArabicFolding}. */
  public static boolean isComplex(char c) {
    return (KIND[c] & COMPLEX) != 0;
  }

  /** {@link ArabicFolding#isWordPart} of {@code c}. */
  public static boolean isWordPart(char c) {
    return (KIND[c] & WORD_PART) != 0;
  }

  /** ZWNJ or ZWJ: inside a word, but never its first or last character. */
  public static boolean isJoiner(char c) {
    return (KIND[c] & JOINER) != 0;
  }

  /** True when folding drops {@code c} (a mark, tatweel, a format character). */
  public static boolean isDropped(char c) {
    return (KIND[c] & DROPPED) != 0;
  }

  /** True when {@code c} folds to a letter. */
  public static boolean foldsToLetter(char c) {
    return (KIND[c] & LETTER) != 0;
  }

  /** The folding of a unit that is neither complex nor dropped. */
  public static char fold(char c) {
    return FOLDED[c];
  }
}
