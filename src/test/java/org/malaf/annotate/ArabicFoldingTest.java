package org.malaf.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicFoldingTest {

  @Test
  void foldsHamzaCarryingAlefsAndWaslaToBareAlef() {
    assertThat(ArabicFolding.fold("أحمد إيفان آل ٱلله")).isEqualTo("احمد ايفان ال الله");
  }

  @Test
  void foldsAlefMaksuraToYaAndTaMarbutaToHa() {
    assertThat(ArabicFolding.fold("مصطفى")).isEqualTo(ArabicFolding.fold("مصطفي")).isEqualTo("مصطفي");
    assertThat(ArabicFolding.fold("خليفة")).isEqualTo(ArabicFolding.fold("خليفه")).isEqualTo("خليفه");
  }

  @Test
  void dropsTashkeelAndTatweel() {
    assertThat(ArabicFolding.fold("حَفْتَرٌ")).isEqualTo("حفتر");
    assertThat(ArabicFolding.fold("حفــتر معمّر")).isEqualTo("حفتر معمر");
    assertThat(ArabicFolding.fold("هٰذا")).isEqualTo("هذا");
  }

  @Test
  void foldsPresentationFormsToBaseLettersWithoutSplittingTheWord() {
    assertThat(ArabicFolding.fold("ﺣﻔﺘﺮ")).isEqualTo("حفتر");
    assertThat(ArabicFolding.fold("ﻻﻓﺮﻭﻑ")).isEqualTo("لافروف");
    // U+FE7C is an isolated shadda: plain NFKC would leave a space inside the word.
    assertThat(ArabicFolding.fold("مع\uFE7Cمر")).isEqualTo("معمر");
    assertThat(ArabicFolding.fold("ﷲ")).isEqualTo("الله");
  }

  @Test
  void dropsZeroWidthJoinersAndDirectionMarks() {
    assertThat(ArabicFolding.fold("حف\u200Cتر\u200F")).isEqualTo("حفتر");
  }

  @Test
  void keepsHamzaOnWawAndYaEvenWhenWrittenAsCombiningMark() {
    assertThat(ArabicFolding.fold("رئيس مؤتمر")).isEqualTo("رئيس مؤتمر");
    assertThat(ArabicFolding.fold("ري\u0654يس مو\u0654تمر")).isEqualTo("رئيس مؤتمر");
  }

  @Test
  void lowerCasesLatinAndMapsArabicIndicDigits() {
    assertThat(ArabicFolding.fold("RBC Telegraph ٢٠١٩ ۲۱")).isEqualTo("rbc telegraph 2019 21");
  }

  @Test
  void foldedRangeMapsBackToTheWordAsWrittenWithItsMarks() {
    FoldedText text = ArabicFolding.foldWithOffsets("قال حَفْتَرٌ اليوم");
    int at = text.folded().indexOf("حفتر");
    assertThat(text.originalOf(at, at + 4)).isEqualTo("حَفْتَرٌ");
    assertThat(text.originalStart(at)).isEqualTo(4);
  }

  @Test
  void foldedRangeOfALigatureCoversTheWholeLigature() {
    FoldedText text = ArabicFolding.foldWithOffsets("قال ﻻﻓﺮﻭﻑ");
    int at = text.folded().indexOf("لافروف");
    assertThat(text.originalOf(at, at + 6)).isEqualTo("ﻻﻓﺮﻭﻑ");
  }

  @Test
  void aLigatureLongerThanTheTextStillMapsBack() {
    FoldedText text = ArabicFolding.foldWithOffsets("ﷺ");
    assertThat(text.folded()).isEqualTo("صلي الله عليه وسلم");
    assertThat(text.originalOf(4, 8)).isEqualTo("ﷺ");
  }

  @Test
  void tokensKeepCliticsOnTheirWordAndPointAtTheOriginal() {
    String text = "والإمارات، لـ«رويترز» (Reuters)";
    List<FoldedToken> tokens = ArabicFolding.tokens(text);
    assertThat(tokens).extracting(FoldedToken::folded).containsExactly("والامارات", "ل", "رويترز", "reuters");
    assertThat(tokens).extracting(t -> text.substring(t.start(), t.end()))
        .containsExactly("والإمارات", "لـ", "رويترز", "Reuters");
  }

  @Test
  void tatweelAndZwnjDoNotBreakAWord() {
    assertThat(ArabicFolding.tokens("حفــتر حف\u200Cتر")).extracting(FoldedToken::folded)
        .containsExactly("حفتر", "حفتر");
  }
}
