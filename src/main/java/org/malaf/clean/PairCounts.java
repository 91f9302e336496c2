package org.malaf.clean;

import java.util.Arrays;

/** How often each pair of small non-negative ids was added: a count per {@link PairIds} number. */
final class PairCounts {

  private final PairIds pairs;
  private int[] counts;

  PairCounts() {
    this(512);
  }

  /** A table sized for about {@code expected} distinct pairs, which saves growing it step by step. */
  PairCounts(int expected) {
    pairs = new PairIds(Math.max(512, expected));
    counts = new int[Math.max(512, expected)];
  }

  void add(int a, int b) {
    int id = pairs.add(a, b);
    if (id == counts.length) {
      counts = Arrays.copyOf(counts, counts.length * 2);
    }
    counts[id]++;
  }

  /** The count of the pair, 0 when either id is negative or the pair was never added. */
  int get(int a, int b) {
    int id = pairs.find(a, b);
    return id < 0 ? 0 : counts[id];
  }
}
