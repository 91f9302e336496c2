package org.malaf.explore.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.malaf.annotate.ArabicFolding;

class TriggerWindowsTest {

  @Test
  void aBlockWithoutCalendarWordsIsRuledOutBeforeFolding() {
    assertThat(TriggerWindows.mayHaveAny("قال الوزير إن الاجتماع انتهى دون اتفاق، وغادر الوفد.")).isFalse();
    assertThat(TriggerWindows.mayHaveAny("والعامل الأساسي هو الأبريلية")).as("calendar words inside others").isFalse();
  }

  @Test
  void calendarWordsAreSeenWhateverTheirSpelling() {
    assertThat(TriggerWindows.mayHaveAny("وصل في أبريل")).isTrue();
    assertThat(TriggerWindows.mayHaveAny("وصل في أبـــريل")).as("tatweel").isTrue();
    assertThat(TriggerWindows.mayHaveAny("وصل في أَبْرِيل")).as("diacritics").isTrue();
    assertThat(TriggerWindows.mayHaveAny("منذ سنة 2011")).as("ta marbuta").isTrue();
    assertThat(TriggerWindows.mayHaveAny("وصل أمس")).isTrue();
    assertThat(TriggerWindows.mayHaveAny("يوم الأربعاء")).isTrue();
    assertThat(TriggerWindows.mayHaveAny("ﷺ لا تاريخ هنا")).as("a ligature is left to the full look").isTrue();
  }

  @Test
  void windowsSayWhichKindsOfWordsTheyHold() {
    String f = ArabicFolding.fold("وصل امس الاحد. " + "ب".repeat(120) + " وفي عام 2011 غادر.");
    var windows = TriggerWindows.of(f);
    assertThat(windows).hasSize(2);
    assertThat(windows.get(0).has(CalendarWords.YESTERDAY_WORD)).isTrue();
    assertThat(windows.get(0).has(CalendarWords.WEEKDAY_WORD)).isTrue();
    assertThat(windows.get(0).has(CalendarWords.MONTH_WORD)).isFalse();
    assertThat(windows.get(1).has(CalendarWords.YEAR_WORD)).isTrue();
    assertThat(windows.get(1).has(CalendarWords.WEEKDAY_WORD)).isFalse();
  }

  @Test
  void neverRulesOutABlockThatHasAWindow() {
    String[] parts = {"ابريل", "أبريل", "إبريل", "آب", "اب", "عام", "العام", "سنة", "امس", "أمس", "الأحد", "الجمعة",
        "كانون", "تشرين", "حزيران", "ـ", "\u064E", "\u0654", "\u200C", "ﻻ", "و", "ل", "ب", "ال", "2019", "٢٠١٩", " ", " ",
        "، ", ".", "R"};
    Random random = new Random(5);
    int kept = 0;
    for (int n = 0; n < 20000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = 1 + random.nextInt(12); k > 0; k--) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String t = text.toString();
      boolean hasWindow = !TriggerWindows.of(ArabicFolding.fold(t)).isEmpty();
      if (hasWindow) {
        assertThat(TriggerWindows.mayHaveAny(t)).as("%s", t).isTrue();
        kept++;
      }
    }
    assertThat(kept).as("the random texts hold calendar words").isGreaterThan(1000);
  }
}
