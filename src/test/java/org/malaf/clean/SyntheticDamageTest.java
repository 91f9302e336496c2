package org.malaf.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chunk-order repair on synthetic damage of the gold texts ({@link ChunkOrderBench}): lines re-wrapped, cut
 * between ر/ز and ي and written in reverse. Measured floors, not goals; raise them as the evidence improves.
 */
class SyntheticDamageTest {

  private static final int TRIALS = 10;

  private static ChunkOrderBench.Result total(String file) throws IOException {
    List<String> paras = ChunkOrderBench.paragraphs(Path.of(file));
    int dam = 0;
    int ok = 0;
    int intact = 0;
    int changed = 0;
    for (int s = 0; s < TRIALS; s++) {
      ChunkOrderBench.Result r = ChunkOrderBench.run(paras, s, 0.35);
      dam += r.damaged();
      ok += r.restored();
      intact += r.intact();
      changed += r.changed();
    }
    return new ChunkOrderBench.Result(dam, ok, intact, changed, List.of(), 0, 0);
  }

  @Test
  void restoresReversedLinesOfSeed000sText() throws IOException {
    ChunkOrderBench.Result r = total("src/test/resources/gold/000.txt");
    assertThat((double) r.restored() / r.damaged()).isGreaterThanOrEqualTo(0.55);
    assertThat(r.changed()).isZero();
  }

  @Test
  void restoresReversedLinesOf002sText() throws IOException {
    ChunkOrderBench.Result r = total("src/test/resources/gold/002-reading.txt");
    assertThat((double) r.restored() / r.damaged()).isGreaterThanOrEqualTo(0.38);
    assertThat((double) r.changed() / r.intact()).isLessThan(0.002);
  }
}
