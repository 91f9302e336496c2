package org.malaf.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written word helpers the clean stage uses instead of regexes on its hot path: each must answer
 * exactly as the regex it replaces, or the cleaned text (and a chosen chunk order) would change.
 */
class WordsTest {

  /** Lines with the white space and punctuation that damaged text carries. */
  private static final List<String> LINES = List.of("", " ", "قال", "  قال الوزير.  ", "قال\tالوزير\u000Bأمس\f،",
      "قال\u2003الوزير  أمس", "\u2028قال الوزير\u2028", "\u00A0قال\u00A0", "a\r\nb", "عام 2011)» وأضاف:",
      "\u001Cقال\u001F", "الـــوزير ّفي");

  @Test
  void splitsLikeStripThenSplitOnWhiteSpace() {
    for (String line : LINES) {
      assertThat(Words.split(line)).as(line).containsExactlyElementsOf(Arrays.asList(line.strip().split("\\s+")));
    }
  }

  @Test
  void singleSpacesLikeJoiningTheSplitWords() {
    for (String line : LINES) {
      assertThat(Words.singleSpaced(line)).as(line).isEqualTo(String.join(" ", line.strip().split("\\s+")));
    }
  }

  @Test
  void findsASentenceEndAsTheRegexDoes() {
    Pattern terminal = Pattern.compile("[.!?؟…][\"”»)'’]*$");
    List<String> tokens = List.of("", ".", "أمس.", "أمس", "أمس.»", "أمس؟”)", "(أمس)", "أمس…", "أمس!'", "أمس.\n",
        "أمس.\r\n", "أمس.\r", "أمس.\u2028", "أمس.\u0085", "أمس.\n\n", "أمس.»x", "أمس،", "\n", ".\r\n", "أمس.\r\r");
    for (String t : tokens) {
      assertThat(Words.isTerminal(t)).as(t.replace("\n", "\\n").replace("\r", "\\r"))
          .isEqualTo(terminal.matcher(t).find());
    }
  }

  @Test
  void coreDropsMarksKashidaAndEdgePunctuationOnly() {
    assertThat(Words.core("«الوزيرُ»،")).isEqualTo("الوزير");
    assertThat(Words.core("الـوزير")).isEqualTo("الوزير");
    assertThat(Words.core("الوزير")).isEqualTo("الوزير");
    assertThat(Words.core("a\uD834\uDD67b")).isEqualTo("ab");   // a combining mark outside the BMP
    assertThat(Words.core("\uD835\uDC00")).isEqualTo("\uD835\uDC00");   // a letter outside the BMP
    assertThat(Words.core("...")).isEmpty();
  }
}
