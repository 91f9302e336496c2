package org.malaf.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LastBuildMemoTest {

  private final LastBuildMemo<String, String> memo = new LastBuildMemo<>();
  private final List<String> computed = Collections.synchronizedList(new ArrayList<>());
  private final Function<String, String> upper = s -> {
    computed.add(s);
    return s.toUpperCase();
  };

  @Test
  void theSameObjectsReuseTheirResultsInOrderAndOnlyNewOnesAreComputed() {
    String a = new String("a");
    String b = new String("b");
    assertThat(memo.map(List.of(a, b), s -> s, upper)).containsExactly("A", "B");
    computed.clear();
    String c = new String("c");
    assertThat(memo.map(List.of(c, b, a), s -> s, upper)).containsExactly("C", "B", "A");
    assertThat(computed).containsExactly("c");
  }

  @Test
  void anEqualButNewObjectIsComputedAgainAndOnlyTheLastBuildIsKept() {
    String a = new String("a");
    memo.map(List.of(a), s -> s, upper);
    memo.map(List.of(new String("b")), s -> s, upper);
    computed.clear();
    memo.map(List.of(new String("b"), a), s -> s, upper);
    assertThat(computed).containsExactlyInAnyOrder("b", "a");
  }

  @Test
  void aKeptResultIsComputedAgainWhenWhatItAlsoReadChanged() {
    String a = new String("a");
    memo.map(List.of(a), s -> s, upper);
    computed.clear();
    memo.map(List.of(a), s -> s, upper, (item, kept) -> false);
    memo.map(List.of(a), s -> s, upper, (item, kept) -> kept.equals("A"));
    assertThat(computed).containsExactly("a");
  }
}
