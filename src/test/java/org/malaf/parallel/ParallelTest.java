package org.malaf.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

  private static final List<Integer> THOUSAND = IntStream.range(0, 1000).boxed().toList();

  @Test
  void resultsComeBackInTheItemsOrderWithNullsInPlace() {
    List<String> out = Parallel.map(THOUSAND, i -> i % 7 == 0 ? null : "n" + i);

    assertThat(out).hasSize(1000);
    for (int i = 0; i < 1000; i++) {
      assertThat(out.get(i)).isEqualTo(i % 7 == 0 ? null : "n" + i);
    }
  }

  @Test
  void everyItemIsHandledExactlyOnce() {
    AtomicInteger calls = new AtomicInteger();
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    Parallel.forEach(THOUSAND, i -> {
      calls.incrementAndGet();
      seen.add(i);
    });

    assertThat(calls).hasValue(1000);
    assertThat(seen).hasSize(1000);
  }

  @Test
  void indexFormCoversEveryIndexInOrder() {
    assertThat(Parallel.map(5, i -> i * i)).containsExactly(0, 1, 4, 9, 16);
    assertThat(Parallel.map(0, i -> i)).isEmpty();
    assertThat(Parallel.map(List.of(), i -> i)).isEmpty();
  }

  @Test
  void theExceptionThrownIsTheOneTheCallerSees() {
    IllegalStateException boom = new IllegalStateException("article 500 is broken");

    assertThatThrownBy(() -> Parallel.map(THOUSAND, i -> {
      if (i == 500) {
        throw boom;
      }
      return i;
    })).isSameAs(boom);
  }

  @Test
  void nestedCallsFinish() {
    List<Integer> sums = Parallel.map(THOUSAND.subList(0, 20),
        i -> Parallel.map(THOUSAND.subList(0, 50), j -> i * j).stream().mapToInt(Integer::intValue).sum());

    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add(i * (49 * 50 / 2));
    }
    assertThat(sums).isEqualTo(expected);
  }

  @Test
  void theResultCannotBeChanged() {
    List<Integer> out = Parallel.map(List.of(1, 2), i -> i);

    assertThatThrownBy(() -> out.set(0, 3)).isInstanceOf(UnsupportedOperationException.class);
  }
}
