package org.malaf.explore.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.malaf.annotate.ArabicFolding;
import org.malaf.annotate.FoldedToken;
import org.malaf.annotate.Proclitics;

/**
 * Folds search terms: the actor matcher's {@link ArabicFolding} (diacritics, tatweel, alef, ya and ta
 * marbuta variants, presentation forms, digits), then one step looser, hamza on waw and ya dropped (ؤ→و,
 * ئ→ي), because a reader types «موانى» for «موانئ» and a missed hit costs more in search than in
 * naming an actor. The browser folds queries with a table generated from this class, so both sides agree
 * by construction.
 */
public final class SearchFolding {

  /** The code point ranges whose folding the browser takes from {@link #browserTable()}. */
  private static final int[][] TABLE_RANGES = {
      {0x0600, 0x06FF}, {0x0750, 0x077F}, {0x0870, 0x08FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}};

  private SearchFolding() {
  }

  /** {@code text} folded for search; spaces and punctuation stay. */
  public static String fold(String text) {
    return loosen(ArabicFolding.fold(text));
  }

  /** The words of {@code text} with their spans in the original and their search-folded form. */
  public static List<FoldedToken> tokens(String text) {
    List<FoldedToken> tokens = ArabicFolding.tokens(text);
    List<FoldedToken> out = new ArrayList<>(tokens.size());
    for (FoldedToken t : tokens) {
      out.add(new FoldedToken(t.start(), t.end(), loosen(t.folded())));
    }
    return out;
  }

  /**
   * The search-folded form of each word of {@code text}: the {@code folded()} of {@link #tokens}, without
   * spans, folded by {@link FoldingTable} unless the text holds a unit the table cannot fold alone.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    forEachWord(text, w -> words.add(w.toString()));
    return words;
  }

  /**
   * Gives {@code sink} the search-folded form of each word of {@code text}, as {@link #words} lists them,
   * in a buffer that is only valid during the call: a caller that counts words makes a string only for
   * a word it has not seen.
   */
  public static void forEachWord(String text, Consumer<CharSequence> sink) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (FoldingTable.isComplex(text.charAt(i))) {
        slowWords(text).forEach(sink);
        return;
      }
    }
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (!FoldingTable.isWordPart(c) || FoldingTable.isJoiner(c)) {
        i++;
        continue;
      }
      word.setLength(0);
      for (; i < n && FoldingTable.isWordPart(c = text.charAt(i)); i++) {
        if (!FoldingTable.isDropped(c)) {
          char f = FoldingTable.fold(c);
          word.append(f == 'ؤ' ? 'و' : f == 'ئ' ? 'ي' : f); // loosen, one unit at a time
        }
      }
      if (word.length() > 0) {
        sink.accept(word);
      }
    }
  }

  private static List<String> slowWords(String text) {
    List<FoldedToken> tokens = ArabicFolding.tokens(text);
    List<String> out = new ArrayList<>(tokens.size());
    for (FoldedToken t : tokens) {
      out.add(loosen(t.folded()));
    }
    return out;
  }

  /**
   * The word itself, then its readings without proclitics (و ف then ب ل ك, and لل for ل + ال), as the
   * actor matcher reads them; the index keeps a reading only when the dossier has it as a word of its own.
   */
  public static Set<String> readings(String folded) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : Proclitics.readings(folded)) {
      out.add(loosen(r));
    }
    return out;
  }

  /**
   * The term with every leading و ف ب ل ك and «ال» taken off, blindly, while two letters remain: لحفتر,
   * وللحفتر and حفتر all give حفتر, اللافروف and لافروف give افروف. Never used to match, only to order the
   * index so that a word's clitic forms sit in the same shard: the browser then loads one file for a
   * query and its variants.
   */
  public static String shardKey(String term) {
    String k = term;
    while (true) {
      if (k.length() >= 4 && k.startsWith("ال")) {
        k = k.substring(2);
      } else if (k.length() >= 3 && "وفبلك".indexOf(k.charAt(0)) >= 0) {
        k = k.substring(1);
      } else {
        return k;
      }
    }
  }

  /** The order of the index: {@link #shardKey}, then the term itself (U+0001 sorts before every letter). */
  public static String sortKey(String term) {
    return shardKey(term) + '\u0001' + term;
  }

  /** The term a {@link #sortKey} was made from. */
  public static String termOf(String sortKey) {
    return sortKey.substring(sortKey.indexOf('\u0001') + 1);
  }

  /**
   * Every code point in the Arabic blocks whose search folding is not itself, mapped to its folding ("" when
   * dropped). Outside these blocks the browser applies the same general rule as {@link ArabicFolding}: drop
   * marks and format characters, lower-case the rest.
   */
  public static Map<String, String> browserTable() {
    Map<String, String> table = new TreeMap<>();
    for (int[] range : TABLE_RANGES) {
      for (int cp = range[0]; cp <= range[1]; cp++) {
        if (!Character.isDefined(cp)) {
          continue;
        }
        String ch = new String(Character.toChars(cp));
        String folded = fold(ch);
        if (!folded.equals(ch)) {
          table.put(ch, folded);
        }
      }
    }
    return table;
  }

  private static String loosen(String folded) {
    if (folded.indexOf('ؤ') < 0 && folded.indexOf('ئ') < 0) {
      return folded;
    }
    return folded.replace('ؤ', 'و').replace('ئ', 'ي');
  }
}
