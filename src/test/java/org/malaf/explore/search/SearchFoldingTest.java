package org.malaf.explore.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.malaf.annotate.FoldedToken;

class SearchFoldingTest {

  @Test
  void severalAlefVariantsInOneWordAllFold() {
    // lunr.ar's normaliser replaces only the first alef variant or tatweel of a word; every one must go.
    assertThat(SearchFolding.fold("الإأآٱ")).isEqualTo("الاااا");
    assertThat(SearchFolding.fold("إستراتيجيات أمريكا الإقليمية")).isEqualTo("استراتيجيات امريكا الاقليميه");
    assertThat(SearchFolding.fold("أإآمنة")).isEqualTo(SearchFolding.fold("ااامنه"));
  }

  @Test
  void severalTatweelsAndDiacriticsInOneWordAllFold() {
    assertThat(SearchFolding.fold("الإمـــــارات")).isEqualTo("الامارات");
    assertThat(SearchFolding.fold("لـحـفـتـر")).isEqualTo("لحفتر");
    assertThat(SearchFolding.fold("مُعَمَّـرُ الـقَـذّافِـيّ")).isEqualTo("معمر القذافي");
  }

  @Test
  void queryAndIndexMeetOnYaTaMarbutaAndHamzaOnWawAndYa() {
    assertThat(SearchFolding.fold("موانى")).isEqualTo(SearchFolding.fold("موانئ")).isEqualTo(SearchFolding.fold("مواني"));
    assertThat(SearchFolding.fold("مسؤول")).isEqualTo(SearchFolding.fold("مسوول"));
    assertThat(SearchFolding.fold("الليبية")).isEqualTo(SearchFolding.fold("الليبيه"));
    assertThat(SearchFolding.fold("مصطفى")).isEqualTo("مصطفي");
  }

  @Test
  void presentationFormsDigitsAndLatinFoldLikeTheActorMatcher() {
    assertThat(SearchFolding.fold("ﻻﻓﺮﻭﻑ")).isEqualTo("لافروف");
    assertThat(SearchFolding.fold("٢٠١٩ RBC")).isEqualTo("2019 rbc");
  }

  @Test
  void tokensKeepTheirSpanInTheWordsAsWritten() {
    String text = "قال لافـــروف: «والإمارات»";
    List<FoldedToken> tokens = SearchFolding.tokens(text);
    assertThat(tokens).extracting(FoldedToken::folded).containsExactly("قال", "لافروف", "والامارات");
    FoldedToken emirates = tokens.get(2);
    assertThat(text.substring(emirates.start(), emirates.end())).isEqualTo("والإمارات");
  }

  @Test
  void readingsTakeOffProcliticsAndMergeLamWithTheArticle() {
    assertThat(SearchFolding.readings("لحفتر")).contains("لحفتر", "حفتر");
    assertThat(SearchFolding.readings("وللامارات")).contains("الامارات");
    assertThat(SearchFolding.readings("فبموسكو")).contains("موسكو");
    assertThat(SearchFolding.readings("حفتر")).containsExactly("حفتر");
  }

  @Test
  void theBrowserTableCoversWhatTheGeneralRuleWouldGetWrong() {
    Map<String, String> table = SearchFolding.browserTable();
    assertThat(table).containsEntry("أ", "ا").containsEntry("ـ", "").containsEntry("ى", "ي").containsEntry("ة", "ه")
        .containsEntry("ئ", "ي").containsEntry("ؤ", "و").containsEntry("ﻻ", "لا").containsEntry("٣", "3")
        .containsEntry("\u064E", "");
    assertThat(table).doesNotContainKey("ب");
    // every entry is exactly what Java folding does to that character alone
    table.forEach((from, to) -> assertThat(SearchFolding.fold(from)).as("U+%04X", from.codePointAt(0)).isEqualTo(to));
  }
}
