package org.malaf.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  record Inner(String text, int n) {
  }

  record Outer(String title, List<Inner> items, Map<Integer, String> glyphs, Path file, LocalDate date) {
  }

  record Other(String title, List<Inner> items, Map<Integer, String> glyphs, Path file, LocalDate date) {
  }

  private final Fingerprint fingerprint = new Fingerprint();

  private static Outer outer(String title, Map<Integer, String> glyphs) {
    return new Outer(title, List.of(new Inner("a", 1), new Inner("b", 2)), glyphs, Path.of("seeds/000.txt"),
        LocalDate.of(2019, 7, 5));
  }

  @Test
  void equalValuesHaveEqualFingerprintsAndAnyChangeChangesIt() {
    Optional<CacheKey> a = fingerprint.of(outer("حفتر", Map.of(0xE005, "0")));
    assertThat(a).isPresent().isEqualTo(fingerprint.of(outer("حفتر", Map.of(0xE005, "0"))));
    assertThat(fingerprint.of(outer("حفتر في موسكو", Map.of(0xE005, "0")))).isNotEqualTo(a);
    assertThat(fingerprint.of(outer("حفتر", Map.of(0xE005, "1")))).isNotEqualTo(a);
  }

  @Test
  void recordsOfAnotherTypeWithTheSameValuesDiffer() {
    Outer o = outer("x", Map.of());
    Other other = new Other(o.title(), o.items(), o.glyphs(), o.file(), o.date());
    assertThat(fingerprint.of(other)).isNotEqualTo(fingerprint.of(o));
  }

  @Test
  void unorderedMapsHashTheSameWhateverTheirIterationOrder() {
    // Map.copyOf iterates in an order that changes from one JVM run to the next: keys must not.
    Map<Integer, String> forward = new HashMap<>();
    Map<Integer, String> backward = new HashMap<>(64);
    for (int i = 0; i < 40; i++) {
      forward.put(0xE000 + i, "g" + i);
      backward.put(0xE000 + 39 - i, "g" + (39 - i));
    }
    assertThat(fingerprint.of(outer("t", Map.copyOf(forward)))).isEqualTo(fingerprint.of(outer("t", backward)));
  }

  @Test
  void orderedCollectionsKeepTheirOrderInTheFingerprint() {
    Map<String, Integer> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", 2);
    Map<String, Integer> ba = new LinkedHashMap<>();
    ba.put("b", 2);
    ba.put("a", 1);
    assertThat(fingerprint.of(ab)).isNotEqualTo(fingerprint.of(ba));
    assertThat(fingerprint.of(List.of(1, 2))).isNotEqualTo(fingerprint.of(List.of(2, 1)));
    assertThat(fingerprint.of(new TreeMap<>(ab))).isEqualTo(fingerprint.of(new TreeMap<>(ba)));
  }

  @Test
  void partsCannotRunIntoEachOther() {
    assertThat(fingerprint.of(List.of("ab", "c"))).isNotEqualTo(fingerprint.of(List.of("a", "bc")));
    assertThat(fingerprint.of(List.of(1))).isNotEqualTo(fingerprint.of(List.of("1")));
  }

  @Test
  void refusesValuesItCannotSeeInto() {
    Object opaque = new Object();
    assertThat(fingerprint.of(new Inner("x", 1))).isPresent();
    assertThat(fingerprint.of(List.of(opaque))).isEmpty();
    assertThat(fingerprint.of((java.util.function.Supplier<String>) () -> "x")).isEmpty();
  }
}
