package org.malaf.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.malaf.diag.Problems;
import org.junit.jupiter.api.Test;

/** Cleans seed 000 and compares its running text with the original (gold/000.txt), word for word. */
class GoldenSeedTest {

  /**
   * Measured floor, not the goal: the issue asks for 0.995. Raise it as the chunk-order evidence improves;
   * never lower it.
   */
  private static final double FLOOR = 0.91;

  @Test
  void seed000WordAccuracyAgainstTheOriginal() throws IOException {
    String text = Files.readString(Path.of("seeds/000_ec8d3b60c03d02b9.txt"), StandardCharsets.UTF_8);
    CleanArticle a = new Cleaner().clean(Articles.raw(text), new Problems());
    List<String> got = new ArrayList<>();
    a.blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH || b.type() == BlockType.HEADING)
        .forEach(b -> got.addAll(words(b.text())));
    List<String> gold = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/gold/000.txt"), StandardCharsets.UTF_8)) {
      if (line.startsWith("P: ") || line.startsWith("H: ")) {
        gold.addAll(words(line.substring(3)));
      }
    }
    double accuracy = 1.0 - (double) editDistance(gold, got) / Math.max(1, gold.size());
    assertThat(accuracy).isGreaterThanOrEqualTo(FLOOR);
    String all = String.join(" ", got);
    assertThat(all.codePoints()).noneMatch(c -> c == 0x0640 || (c >= 0xE000 && c <= 0xF8FF)
        || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF));
  }

  private static List<String> words(String s) {
    String t = s.strip();
    return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
  }

  /** Word-level Levenshtein distance, the metric of shared/tools/clean-score. */
  static int editDistance(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    for (int j = 0; j <= b.size(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.size(); i++) {
      int[] cur = new int[b.size() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.size()];
  }
}
