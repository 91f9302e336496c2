package org.malaf.explore.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.malaf.annotate.ArabicFolding;
import org.malaf.annotate.FoldedToken;

class FoldingTableTest {

  /** What the table must reproduce: the search-folded form of each word, as the actor matcher tokenises. */
  private static List<String> reference(String text) {
    return SearchFolding.tokens(text).stream().map(FoldedToken::folded).toList();
  }

  @Test
  void everyCharacterBetweenTwoLettersFoldsAsArabicFoldingFoldsIt() {
    for (int c = 0; c < 0x10000; c++) {
      String text = "ب" + (char) c + "ؤ" + (char) c + " و" + (char) c;
      assertThat(SearchFolding.words(text)).as("U+%04X", c).isEqualTo(reference(text));
    }
  }

  @Test
  void wordsOfMixedDamagedTextAreTheFoldedTokens() {
    // letters and their variants, marks, a combining hamza after و and ي, tatweel, joiners, ligatures,
    // digits, Latin, punctuation, an emoji and a lone surrogate
    String[] parts = {"ا", "أ", "إ", "ى", "ة", "ؤ", "ئ", "و", "ي", "ل", "م", "\u064E", "\u0651", "\u0654", "\u0655",
        "ـ", "\u200C", "\u200D", "\u200F", "ﻻ", "ﷺ", "ﺣ", "٣", "۴", "7", "R", "b", "İ", " ", "، ", ".", "«", "😀", "\uD800"};
    Random random = new Random(11);
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      assertThat(SearchFolding.words(text.toString())).as("%s", text).isEqualTo(reference(text.toString()));
    }
  }

  @Test
  void contextualAndExpandingCharactersAreLeftToArabicFolding() {
    assertThat(FoldingTable.isComplex('\u0654')).as("و + hamza above is ؤ").isTrue();
    assertThat(FoldingTable.isComplex('ﷺ')).as("one ligature, many letters").isTrue();
    assertThat(FoldingTable.isComplex('\uD83D')).isTrue();
    assertThat(FoldingTable.isComplex('أ')).isFalse();
    assertThat(FoldingTable.fold('أ')).isEqualTo('ا');
    assertThat(FoldingTable.isDropped('ـ')).isTrue();
    assertThat(ArabicFolding.fold("ﻻ")).hasSize(2);
    assertThat(FoldingTable.isComplex('ﻻ')).isTrue();
  }
}
