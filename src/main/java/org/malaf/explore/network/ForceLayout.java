package org.malaf.explore.network;

/**
 * A Fruchterman–Reingold layout with everything that could vary fixed: nodes start on a sunflower spiral
 * in node order (most mentioned in the middle), the number of iterations and the cooling are constants,
 * loops run in index order on one thread, and trigonometry uses {@link StrictMath}. The same network
 * therefore gets the same coordinates on every run and machine.
 */
public final class ForceLayout {

  static final int ITERATIONS = 400;
  private static final double GOLDEN_ANGLE = StrictMath.PI * (3 - StrictMath.sqrt(5));
  /** Pull towards the middle, so actors linked to few others stay near the rest. */
  private static final double GRAVITY = 0.8;

  private ForceLayout() {
  }

  /** Positions of the nodes (x, y per node) in a box of about 1×1 centred on 0. */
  public static double[][] layout(Network network) {
    int n = network.nodes().size();
    double[][] p = new double[n][2];
    for (int i = 0; i < n; i++) {
      double r = 0.5 * StrictMath.sqrt((i + 0.5) / n);
      p[i][0] = r * StrictMath.cos(i * GOLDEN_ANGLE);
      p[i][1] = r * StrictMath.sin(i * GOLDEN_ANGLE);
    }
    if (n < 2) {
      return p;
    }
    double k = StrictMath.sqrt(1.0 / n);
    double logMax = StrictMath.log1p(network.maxWeight());
    double[][] d = new double[n][2];
    for (int it = 0; it < ITERATIONS; it++) {
      for (double[] row : d) {
        row[0] = 0;
        row[1] = 0;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double dx = p[i][0] - p[j][0];
          double dy = p[i][1] - p[j][1];
          double dist = Math.max(StrictMath.sqrt(dx * dx + dy * dy), 1e-4);
          double f = k * k / dist;
          d[i][0] += dx / dist * f;
          d[i][1] += dy / dist * f;
          d[j][0] -= dx / dist * f;
          d[j][1] -= dy / dist * f;
        }
      }
      for (Network.Edge e : network.edges()) {
        double dx = p[e.a()][0] - p[e.b()][0];
        double dy = p[e.a()][1] - p[e.b()][1];
        double dist = Math.max(StrictMath.sqrt(dx * dx + dy * dy), 1e-4);
        double strength = 0.3 + 0.7 * StrictMath.log1p(e.weight()) / logMax;
        double f = dist * dist / k * strength;
        d[e.a()][0] -= dx / dist * f;
        d[e.a()][1] -= dy / dist * f;
        d[e.b()][0] += dx / dist * f;
        d[e.b()][1] += dy / dist * f;
      }
      double temperature = 0.08 * (1 - (double) it / ITERATIONS) + 0.001;
      for (int i = 0; i < n; i++) {
        d[i][0] -= GRAVITY * p[i][0];
        d[i][1] -= GRAVITY * p[i][1];
        double len = StrictMath.sqrt(d[i][0] * d[i][0] + d[i][1] * d[i][1]);
        if (len > 0) {
          double step = Math.min(len, temperature);
          p[i][0] += d[i][0] / len * step;
          p[i][1] += d[i][1] / len * step;
        }
      }
    }
    return p;
  }
}
