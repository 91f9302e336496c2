package org.malaf.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StringIdsTest {

  @Test
  void numbersStringsInTheOrderTheyAreFirstAddedWhetherGivenWholeOrAsASliceOfCharacters() {
    StringIds ids = new StringIds(2);
    char[] line = "قال حفتر إن حفتر".toCharArray();
    assertThat(ids.add("قال")).isZero();
    assertThat(ids.add(line, 4, 8)).as("حفتر from the line").isEqualTo(1);
    assertThat(ids.add("حفتر")).isEqualTo(1);
    assertThat(ids.add(line, 12, 16)).isEqualTo(1);
    assertThat(ids.add(line, 0, 3)).isZero();
    assertThat(ids.find("إن")).isEqualTo(-1);
    assertThat(ids.size()).isEqualTo(2);
    assertThat(ids.get(1)).isEqualTo("حفتر");
  }

  @Test
  void agreesWithAHashMapOverManyGrowthsAndCollidingWords() {
    StringIds ids = new StringIds();
    Map<String, Integer> expected = new HashMap<>();
    Random random = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      // short words over three letters collide often in String.hashCode's low bits
      StringBuilder word = new StringBuilder();
      for (int n = 1 + random.nextInt(5); n > 0; n--) {
        word.append("بتث".charAt(random.nextInt(3)));
      }
      String w = word.toString();
      Integer id = expected.computeIfAbsent(w, k -> expected.size());
      char[] padded = ("xx" + w + "y").toCharArray();
      assertThat(random.nextBoolean() ? ids.add(w) : ids.add(padded, 2, 2 + w.length())).isEqualTo(id);
    }
    assertThat(ids.size()).isEqualTo(expected.size());
    expected.forEach((w, id) -> {
      assertThat(ids.find(w)).isEqualTo(id);
      assertThat(ids.get(id)).isEqualTo(w);
    });
  }
}
