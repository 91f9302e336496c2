package org.malaf.clean;

/**
 * Counts of pairs of small non-negative ids, in one open-addressing table: the chunk-order search looks pairs
 * up millions of times, and a {@code HashMap<Long, Integer>} boxes a key for each look-up.
 */
final class PairCounts {

  /** Keys are stored plus one, so that 0 (what a new array holds) marks an empty slot. */
  private long[] keys;
  private int[] counts;
  private int size;

  PairCounts() {
    this(512);
  }

  /** A table sized for about {@code expected} distinct pairs, which saves growing it step by step. */
  PairCounts(int expected) {
    int capacity = Integer.highestOneBit(Math.max(512, expected) * 2 - 1) * 2;
    keys = new long[capacity];
    counts = new int[capacity];
  }

  void add(int a, int b) {
    long key = pack(a, b);
    int slot = slot(key);
    if (keys[slot] == key) {
      counts[slot]++;
      return;
    }
    keys[slot] = key;
    counts[slot] = 1;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  /** The count of the pair, 0 when either id is negative or the pair was never added. */
  int get(int a, int b) {
    if (a < 0 || b < 0) {
      return 0;
    }
    long key = pack(a, b);
    int slot = slot(key);
    return keys[slot] == key ? counts[slot] : 0;
  }

  /** The stored key of a pair of non-negative ids: the two ids side by side, plus one (so never 0). */
  private static long pack(int a, int b) {
    return (((long) a << 32) | (b & 0xffffffffL)) + 1;
  }

  /** The slot that holds the key, or the empty slot where it would go. */
  private int slot(long key) {
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (keys[i] != key && keys[i] != 0) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
