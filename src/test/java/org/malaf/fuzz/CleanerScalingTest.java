package org.malaf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.malaf.clean.Cleaner;
import org.malaf.config.GlyphMap;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problems;

/**
 * A loose guard against super-linear cleaning, on the shapes that stress a cleaner: four times the text
 * must take well under sixteen times as long (what a quadratic step would cost). The smaller size is grown
 * until one run takes {@value #MIN_MILLIS} ms, and each size counts its best of five runs, so that timer
 * resolution, JIT and a busy machine weigh on both sizes alike; it is not a benchmark (see src/bench).
 */
class CleanerScalingTest {

  /** Linear is 4; quadratic is 16. The margin absorbs JIT and GC noise on a loaded 2-core machine. */
  private static final double MAX_RATIO = 10;
  private static final int MIN_MILLIS = 60;
  private static final int MAX_SMALL = 1 << 20;

  private final Cleaner cleaner = new Cleaner();

  @ParameterizedTest
  @ValueSource(strings = {"seed-article", "one-long-line", "chunk-fragments", "kashida-and-blank-lines", "urls"})
  void fourTimesTheTextTakesRoughlyFourTimesAsLong(String shape) throws IOException {
    IntFunction<String> input = inputOf(shape);
    int n = 16_000;
    clean(input.apply(n)); // warm-up, so the JIT has compiled the paths before timing
    while (n < MAX_SMALL && best(input.apply(n), 1) < MIN_MILLIS * 1_000_000L) {
      n *= 2;
    }
    long small = best(input.apply(n), 5);
    long large = best(input.apply(4 * n), 5);
    assertThat((double) large / small)
        .as("%s: %d ms for %d chars, %d ms for %d chars", shape, small / 1_000_000, n, large / 1_000_000, 4 * n)
        .isLessThan(MAX_RATIO);
  }

  private long best(String text, int runs) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      // Garbage left by earlier runs (and tests) must not be collected on this run's time: with megabytes of
      // text the collector's humongous-allocation cycles otherwise land on some runs and not others.
      System.gc();
      long start = System.nanoTime();
      clean(text);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  private void clean(String text) {
    try {
      cleaner.clean(FuzzInputs.article(text, GlyphMap.EMPTY), new Problems());
    } catch (BuildFailure expected) {
      // the time counts either way
    }
  }

  private static IntFunction<String> inputOf(String shape) throws IOException {
    String seed = Files.readString(Path.of("seeds/000_ec8d3b60c03d02b9.txt"), StandardCharsets.UTF_8);
    return switch (shape) {
      case "seed-article" -> n -> repeat(seed + "\n\n", n);
      case "one-long-line" -> n -> repeat("وصل اللواء الليبي المتقاعد العاصمة الروسية في زيارة ", n);
      case "chunk-fragments" -> n -> repeat("ير الدفاع الروسي ‖ يارة مع وز ‖ من يونيو الماضي تلك الز\n", n);
      case "kashida-and-blank-lines" -> n -> repeat("الـــــدعم الـعـسـكـري\n\n\n \n", n);
      case "urls" -> n -> repeat("https://www.example.org/news/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%25\n", n);
      default -> throw new IllegalArgumentException(shape);
    };
  }

  private static String repeat(String unit, int length) {
    StringBuilder out = new StringBuilder(length + unit.length());
    while (out.length() < length) {
      out.append(unit);
    }
    return out.toString();
  }
}
