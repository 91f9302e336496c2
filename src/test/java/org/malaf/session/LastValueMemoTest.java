package org.malaf.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastValueMemoTest {

  @Test
  void reusesTheResultOnlyWhileTheInputStaysEqual() {
    LastValueMemo<List<String>, String> memo = new LastValueMemo<>();
    List<String> computed = new ArrayList<>();
    java.util.function.Function<List<String>, String> join = in -> {
      computed.add(String.join("+", in));
      return String.join("+", in);
    };
    assertThat(memo.get(List.of("a", "b"), join)).isEqualTo("a+b");
    assertThat(memo.get(new ArrayList<>(List.of("a", "b")), join)).as("equal, not the same").isEqualTo("a+b");
    assertThat(memo.get(List.of("a", "c"), join)).isEqualTo("a+c");
    assertThat(memo.get(List.of("a", "b"), join)).as("only the last input is kept").isEqualTo("a+b");
    assertThat(computed).containsExactly("a+b", "a+c", "a+b");
  }

  @Test
  void aChangedInputWhoseResultIsEqualHandsBackTheLastResultItself() {
    LastValueMemo<String, List<String>> memo = new LastValueMemo<>();
    List<String> first = memo.get("a b", in -> List.of(in.split(" ")));
    List<String> same = memo.get("a  b", in -> List.of(in.trim().split(" +")));
    assertThat(same).isSameAs(first);
    assertThat(memo.get("a c", in -> List.of(in.split(" ")))).containsExactly("a", "c").isNotSameAs(first);
  }
}
