package org.malaf.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.malaf.clean.Cleaner;
import org.malaf.config.GlyphMap;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problems;

/**
 * The cleaner on arbitrary text: it may report problems or throw {@link BuildFailure} (the designed
 * error path), never anything else. Jazzer's per-input time limit catches inputs that make it explode.
 * {@code mvn test} replays the corpus under {@code src/test/resources/org/malaf/fuzz/CleanerFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=CleanerFuzzTest} fuzzes for {@code maxDuration}.
 */
class CleanerFuzzTest {

  private final Cleaner cleaner = new Cleaner();

  @FuzzTest(maxDuration = "5m")
  void cleansAnyTextOrReportsABuildFailure(byte[] data) {
    Problems problems = new Problems();
    try {
      cleaner.clean(FuzzInputs.article(FuzzInputs.text(data), GlyphMap.EMPTY), problems);
    } catch (BuildFailure expected) {
      // input errors are reported this way by design
    }
  }
}
