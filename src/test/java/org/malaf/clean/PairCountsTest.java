package org.malaf.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairCountsTest {

  @Test
  void countsEachOrderedPairAndKeepsTheCountsAsTheTableGrows() {
    PairCounts counts = new PairCounts();
    for (int a = 0; a < 100; a++) {
      for (int b = 0; b < 30; b++) {
        for (int k = 0; k <= (a + b) % 3; k++) {
          counts.add(a, b);
        }
      }
    }
    for (int a = 0; a < 100; a++) {
      for (int b = 0; b < 30; b++) {
        assertThat(counts.get(a, b)).isEqualTo((a + b) % 3 + 1);
      }
    }
    assertThat(counts.get(0, 30)).isZero();
    assertThat(counts.get(30, 0)).isEqualTo(1);
    assertThat(counts.get(-1, 0)).isZero();
  }
}
