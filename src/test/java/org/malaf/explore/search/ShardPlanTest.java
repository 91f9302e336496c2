package org.malaf.explore.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ShardPlanTest {

  @Test
  void cutsTheVocabularyIntoRangesOfAboutTheLimit() {
    TreeMap<String, Integer> sizes = new TreeMap<>();
    for (String t : new String[] {"ا", "ابريل", "الامارات", "الروس", "حفتر", "روسيا", "لافروف", "موسكو"}) {
      sizes.put(t, 10);
    }
    ShardPlan plan = ShardPlan.of(sizes, 25);
    assertThat(plan.firstTerms()).containsExactly("ا", "الامارات", "حفتر", "لافروف");
    assertThat(plan.shardOf("ابريل")).isZero();
    assertThat(plan.shardOf("الروس")).isEqualTo(1);
    assertThat(plan.shardOf("موسكو")).isEqualTo(3);
    assertThat(plan.shardOf("زيارة")).as("a term not in the index still has the shard it would be in").isEqualTo(2);
  }

  @Test
  void aTermBiggerThanTheLimitGetsAShardOfItsOwn() {
    TreeMap<String, Integer> sizes = new TreeMap<>();
    sizes.put("a", 5);
    sizes.put("b", 500);
    sizes.put("c", 5);
    assertThat(ShardPlan.of(sizes, 100).firstTerms()).containsExactly("a", "b", "c");
  }
}
