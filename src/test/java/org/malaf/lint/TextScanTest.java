package org.malaf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fast character tests agree with the patterns the text rules were written with, for every code point. */
class TextScanTest {

  private static final Pattern RUN_START = Pattern.compile("[\\p{IsLatin}0-9]");
  private static final Pattern ARABIC_LETTER = Pattern.compile("[\\p{IsArabic}&&\\p{L}]");
  private static final Pattern ARROW = Pattern.compile("[\u2190\u2192\u21D0\u21D2\u27F5\u27F6]");

  /** The code points where {@code test} and a one-character {@code pattern} disagree. */
  private static List<String> disagreements(java.util.function.IntPredicate test, Pattern pattern) {
    List<String> out = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (test.test(cp) != pattern.matcher(Character.toString(cp)).matches()) {
        out.add(String.format("U+%04X", cp));
      }
    }
    return out;
  }

  @Test
  void latinOrDigitIsTheRunPatternsFirstCharacterForEveryCodePoint() {
    assertThat(disagreements(TextScan::isLatinOrDigit, RUN_START)).isEmpty();
  }

  @Test
  void arabicLetterIsTheArabicScriptLetterPatternForEveryCodePoint() {
    assertThat(disagreements(TextScan::isArabicLetter, ARABIC_LETTER)).isEmpty();
  }

  @Test
  void firstRunStartIsWhereTheRunPatternFirstMatches() {
    for (String text : List.of("", "نص عربي فقط", "قالت وكالة Reuters إن", "عام ٢٠١٦ و2016", "ﻣﻮﺳ ﬁ", "ℓ و K",
        "\uD835\uDC00 𝐀 \uD83A\uDD00 x", "\uDC00\uD800a", "«ª»", "و\u200Cي 7")) {
      Matcher m = RUN_START.matcher(text);
      assertThat(TextScan.firstRunStart(text)).as(text).isEqualTo(m.find() ? m.start() : -1);
    }
  }

  @Test
  void firstArrowFindsOnlyArrowsThatPointLeftOrRight() {
    for (String text : List.of("", "التالي →", "↑ ↓ ← ⇒", "⟶ ⟵", "السابق ⇐ و⇒", "↔ ⇔ ➔ ⬅ ⮕")) {
      Matcher m = ARROW.matcher(text);
      assertThat(TextScan.firstArrow(text)).as(text).isEqualTo(m.find() ? m.start() : -1);
    }
  }
}
