package org.malaf.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.UnicodeSet;
import org.malaf.diag.Problems;
import org.junit.jupiter.api.Test;

class UnicodeRepairsTest {

  @Test
  void theQuickLookForPresentationFormsAgreesWithTheirUnicodeSetOnEveryCharacter() {
    UnicodeSet forms = new UnicodeSet("[\\uFB50-\\uFDFF\\uFE70-\\uFEFE]").freeze();
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = "ب" + (char) c;
      assertThat(UnicodeStep.hasForms(s)).as("U+%04X", c).isEqualTo(forms.containsSome(s));
    }
    assertThat(UnicodeStep.hasForms("\uD83D\uDE00")).isEqualTo(forms.containsSome("\uD83D\uDE00"));
  }

  @Test
  void removesBomLineEndsBidiControlsAndOddSpaces() {
    CleanArticle a = Articles.clean("\uFEFFذهب\u200F الطالب\u00A0إلى\u200B المدرسة.\r\n\r\nعاد\u202B مساءً.\r");
    assertThat(Articles.texts(a)).containsExactly("ذهب الطالب إلى المدرسة.", "عاد مساءً.");
    assertThat(a.report()).anyMatch(r -> r.kind() == RepairKind.DECODE && r.before().equals("CRLF"));
  }

  @Test
  void mapsPrivateUseDigitsThroughTheGlyphMap() {
    CleanArticle a = Articles.clean("افتتح المتحف عام \uE008\uE010\uE010\uE005 في وسط المدينة.");
    assertThat(Articles.texts(a)).containsExactly("افتتح المتحف عام 1990 في وسط المدينة.");
    assertThat(a.report()).anyMatch(r -> r.kind() == RepairKind.GLYPH && r.after().equals("1990"));
  }

  @Test
  void reportsAndDropsAnUnmappedGlyph() {
    Problems problems = new Problems();
    CleanArticle a = new Cleaner().clean(Articles.raw("زرع الفلاح \uE777شجرة في الحقل."), problems);
    assertThat(Articles.texts(a)).containsExactly("زرع الفلاح شجرة في الحقل.");
    assertThat(a.report()).anyMatch(r -> r.kind() == RepairKind.UNMAPPED_GLYPH && r.before().equals("U+E777")
        && r.at().line() == 1 && r.at().column() == 12);
    assertThat(problems.warningCount()).isEqualTo(1);
  }

  @Test
  void foldsPresentationFormsWithoutSplittingShadda() {
    // "كتب" in presentation forms, then إنّ with an isolated shadda form that plain NFKC would split off.
    CleanArticle a = Articles.clean("\uFEDB\uFE98\uFE90 \uFE87\uFEE5\uFE7C الرسالة.");
    assertThat(Articles.texts(a)).containsExactly("كتب إنّ الرسالة.");
  }

  @Test
  void removesKashidaFromJustifiedLines() {
    CleanArticle a = Articles.clean("جلـــس الأطفـــال في الحديقـــة.");
    assertThat(Articles.texts(a)).containsExactly("جلس الأطفال في الحديقة.");
    assertThat(a.report()).anyMatch(r -> r.kind() == RepairKind.KASHIDA);
  }
}
