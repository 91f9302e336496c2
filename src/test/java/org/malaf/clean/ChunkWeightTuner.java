package org.malaf.clean;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Coordinate search over the junction weights ({@link Junctions#WEIGHT_NAMES}) on synthetic damage ({@link ChunkOrderBench}) of one text, with
 * another text held out to check that what it finds generalises. A development tool, run by hand:
 * {@code java ... org.malaf.clean.ChunkWeightTuner TRAIN.txt HELDOUT.txt TRIALS}.
 */
final class ChunkWeightTuner {

  private ChunkWeightTuner() {
  }

  static double accuracy(List<String> paras, int trials, long offset, double[] weights) {
    int dam = 0;
    int ok = 0;
    int changed = 0;
    for (int s = 0; s < trials; s++) {
      ChunkOrderBench.Result r = ChunkOrderBench.run(paras, s + offset, 0.35, weights);
      dam += r.damaged();
      ok += r.restored();
      changed += r.changed();
    }
    return (ok - 2.0 * changed) / dam;
  }

  public static void main(String[] args) throws IOException {
    List<String> train = ChunkOrderBench.paragraphs(Path.of(args[0]));
    List<String> held = ChunkOrderBench.paragraphs(Path.of(args[1]));
    int trials = Integer.parseInt(args[2]);
    double[] w = Junctions.defaultWeights();
    double best = accuracy(train, trials, 1000, w);
    System.out.printf("start train %.3f held %.3f%n", best, accuracy(held, trials, 5000, w));
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < w.length; i++) {
        double keep = w[i];
        double bestV = keep;
        for (double d : new double[] {-1.0, -0.5, 0.5, 1.0}) {
          w[i] = keep + d * (pass == 0 ? 1 : 0.5);
          double a = accuracy(train, trials, 1000, w);
          if (a > best + 1e-9) {
            best = a;
            bestV = w[i];
          }
        }
        w[i] = bestV;
        if (bestV != keep) {
          System.out.printf("  %s %.2f -> %.2f train %.3f%n", Junctions.WEIGHT_NAMES.get(i), keep, bestV, best);
        }
      }
      System.out.printf("pass %d train %.3f held %.3f%n", pass, best, accuracy(held, trials, 5000, w));
    }
    StringBuilder b = new StringBuilder();
    for (double v : w) {
      b.append(b.length() == 0 ? "" : ",").append(v);
    }
    System.out.println("weights " + b);
  }
}
