package org.malaf.annotate;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Folds text for comparison only, never for display: Arabic spelling variants that readers treat as the
 * same word become one string, so an alias, a search query and the article's text meet in the middle.
 *
 * <p>Folding drops diacritics (tashkeel and every other combining mark), tatweel and invisible format
 * characters (ZWNJ, ZWJ, direction marks); maps أ إ آ ٱ to ا, ى and Persian ی to ي, ة to ه, Persian ک to
 * ك, Arabic-Indic digits to ASCII digits; turns presentation forms (ﻻ، ﺣ، ﷲ) into base letters; and
 * lower-cases Latin letters. Hamza on و and ي (ؤ ئ) is kept: it tells words apart. All methods are pure
 * and thread-safe.
 */
public final class ArabicFolding {

  private static final int PRESENTATION_FIRST = 0xFB50;
  private static final int PRESENTATION_LAST = 0xFEFF;
  private static final char HAMZA_ABOVE = '\u0654';
  private static final char HAMZA_BELOW = '\u0655';

  /**
   * Folded text of each presentation form, from NFKC. Plain NFKC turns the isolated diacritic forms
   * (U+FE70–FE7F) into SPACE+mark (DEPENDENCIES §0.3); folding drops marks, so those map to nothing.
   * Never written after class initialisation.
   */
  private static final String[] PRESENTATION = presentationTable();

  private ArabicFolding() {}

  /** The folded form of {@code text}, for comparison; spaces and punctuation are kept as they are. */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      appendFolded(cp, out);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** The folded form of {@code text} with a map from every folded character back to the original. */
  public static FoldedText foldWithOffsets(String text) {
    StringBuilder out = new StringBuilder(text.length());
    // A ligature folds to several letters (ﷺ to 17), so the maps grow with the output, not the input.
    int[] starts = new int[text.length() + 16];
    int[] ends = new int[text.length() + 16];
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      int before = out.length();
      appendFolded(cp, out);
      if (out.length() > starts.length) {
        starts = Arrays.copyOf(starts, out.length() * 2);
        ends = Arrays.copyOf(ends, out.length() * 2);
      }
      for (int k = before; k < out.length(); k++) {
        starts[k] = i;
        ends[k] = next;
      }
      if (out.length() == before && before > 0) {
        // A dropped mark or tatweel belongs to the letter before it, so a highlight keeps it.
        ends[before - 1] = next;
      }
      i = next;
    }
    return new FoldedText(text, out.toString(), Arrays.copyOf(starts, out.length()), Arrays.copyOf(ends, out.length()));
  }

  /**
   * The words of {@code text}, each with its UTF-16 span in {@code text} and its folded form. A word is
   * a run of letters, digits and combining marks (tatweel, ZWNJ and ZWJ do not break it), so clitics stay
   * on their word: «والإمارات» is one word folded to «والامارات». Words that fold to nothing are left out.
   */
  public static List<FoldedToken> tokens(String text) {
    List<FoldedToken> tokens = new ArrayList<>();
    StringBuilder folded = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordPart(cp) || isJoiner(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int end = i;
      folded.setLength(0);
      while (i < n) {
        cp = text.codePointAt(i);
        if (!isWordPart(cp)) {
          break;
        }
        i += Character.charCount(cp);
        if (!isJoiner(cp)) {
          end = i; // a trailing ZWNJ is not part of what the reader sees as the word
        }
        appendFolded(cp, folded);
      }
      if (folded.length() > 0) {
        tokens.add(new FoldedToken(start, end, folded.toString()));
      }
    }
    return tokens;
  }

  /** True for what belongs inside a word: letters, digits, combining marks, tatweel, ZWNJ and ZWJ. */
  public static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp) || isJoiner(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isJoiner(int cp) {
    return cp == 0x200C || cp == 0x200D;
  }

  private static void appendFolded(int cp, StringBuilder out) {
    if (cp >= PRESENTATION_FIRST && cp <= PRESENTATION_LAST && PRESENTATION != null
        && PRESENTATION[cp - PRESENTATION_FIRST] != null) {
      out.append(PRESENTATION[cp - PRESENTATION_FIRST]);
      return;
    }
    if (cp == HAMZA_ABOVE || cp == HAMZA_BELOW) {
      // A decomposed ؤ or ئ (letter + combining hamza) must fold like the precomposed letter.
      int last = out.length() - 1;
      if (cp == HAMZA_ABOVE && last >= 0 && out.charAt(last) == 'و') {
        out.setCharAt(last, 'ؤ');
      } else if (cp == HAMZA_ABOVE && last >= 0 && out.charAt(last) == 'ي') {
        out.setCharAt(last, 'ئ');
      }
      return;
    }
    int folded = foldLetter(cp);
    if (folded >= 0) {
      out.appendCodePoint(folded);
    }
  }

  /** The folded code point, or -1 when the character is dropped. */
  private static int foldLetter(int cp) {
    switch (cp) {
      case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
        return 'ا';
      case 'ى', 'ی':
        return 'ي';
      case 'ة':
        return 'ه';
      case 'ک':
        return 'ك';
      case 'ـ':
        return -1;
      default:
        break;
    }
    if (cp >= '\u0621' && cp <= '\u064A') {
      return cp; // the other Arabic letters fold to themselves; most text is these, so skip the type lookup
    }
    if (cp >= '٠' && cp <= '٩') {
      return '0' + (cp - '٠');
    }
    if (cp >= '۰' && cp <= '۹') {
      return '0' + (cp - '۰');
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return -1;
    }
    return Character.toLowerCase(cp);
  }

  private static String[] presentationTable() {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    String[] table = new String[PRESENTATION_LAST - PRESENTATION_FIRST + 1];
    for (int cp = PRESENTATION_FIRST; cp <= PRESENTATION_LAST; cp++) {
      if (!Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT) {
        continue; // U+FEFF (BOM) and unassigned codes go through the general rules
      }
      String decomposed = nfkc.normalize(new String(Character.toChars(cp)));
      if (decomposed.codePointCount(0, decomposed.length()) == 1 && decomposed.codePointAt(0) == cp) {
        continue;
      }
      StringBuilder folded = new StringBuilder();
      decomposed.codePoints().forEach(c -> appendFolded(c, folded));
      String result = folded.toString();
      // An isolated diacritic form becomes SPACE+mark under NFKC; with the mark gone only the space is
      // left, which would split a word in two.
      table[cp - PRESENTATION_FIRST] = result.isBlank() ? "" : result;
    }
    return table;
  }
}
