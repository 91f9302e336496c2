package org.malaf.render.bidi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BidiRunsTest {

  /** The rule as a regular expression, as it was first written: the scan must find the same runs. */
  private static final Pattern RULE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.,:/%+_&'\\-]|[ ](?=[A-Za-z0-9]))*");

  private static List<String> byRule(String text) {
    List<String> runs = new ArrayList<>();
    Matcher m = RULE.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() + 1 && ".,:-'".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      runs.add(m.start() + ":" + text.substring(m.start(), end));
    }
    return runs;
  }

  private static List<String> found(String text) {
    return BidiRuns.find(text).stream().map(r -> r[0] + ":" + text.substring(r[0], r[1])).toList();
  }

  @Test
  void isolatesLatinNamesNumbersAndAddressesButNotTheSentencePunctuationAfterThem() {
    String text = "قالت صحيفة New York Times، في 27 يونيو: انظر https://example.org/a-b. ثم RBC.";
    assertThat(found(text)).extracting(s -> s.substring(s.indexOf(':') + 1))
        .containsExactly("New York Times", "27", "https://example.org/a-b", "RBC");
    assertThat(BidiRuns.isolate("عن RBC.")).isEqualTo("عن <bdi>RBC</bdi>.");
  }

  @Test
  void findsTheSameRunsAsTheRuleOnRandomMixedText() {
    String alphabet = "ab Z09 .,:/%+_&'-عربيـ،؟\u00a0";
    Random random = new Random(7);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(found(text)).as(text).isEqualTo(byRule(text));
    }
  }
}
