package org.malaf.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionMemoryTest {

  @Test
  void aSuccessfulBuildKeepsOnlyWhatItUsedOrStored() {
    SessionMemory<String, Integer> memory = new SessionMemory<>();
    memory.put("a", 1);
    memory.put("b", 2);
    memory.finish(true);

    assertThat(memory.get("a")).as("kept from the last build").isEqualTo(1);
    memory.put("c", 3);
    memory.finish(true);

    assertThat(memory.get("b")).as("not used by the second build").isNull();
    assertThat(memory.get("a")).isEqualTo(1);
    assertThat(memory.get("c")).isEqualTo(3);
    memory.finish(true);
    memory.finish(true);
    assertThat(memory.get("a")).as("a build that used nothing keeps nothing").isNull();
  }

  @Test
  void aFailedBuildKeepsBothGenerationsForTheFix() {
    SessionMemory<String, Integer> memory = new SessionMemory<>();
    memory.put("a", 1);
    memory.put("b", 2);
    memory.finish(true);

    memory.put("c", 3); // the failing build used only c
    memory.finish(false);

    assertThat(memory.get("a")).isEqualTo(1);
    assertThat(memory.get("c")).isEqualTo(3);
    memory.finish(true); // the fix used a and c

    assertThat(memory.get("a")).isEqualTo(1);
    assertThat(memory.get("c")).isEqualTo(3);
    assertThat(memory.get("b")).isNull();
  }

  @Test
  void aValueStoredAgainReplacesTheOldOne() {
    SessionMemory<String, Integer> memory = new SessionMemory<>();
    memory.put("a", 1);
    memory.finish(true);
    memory.put("a", 2);
    memory.finish(false);
    assertThat(memory.get("a")).isEqualTo(2);
  }
}
