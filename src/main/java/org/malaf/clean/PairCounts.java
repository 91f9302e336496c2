package org.malaf.clean;

/**
 * Counts of pairs of small non-negative ids, in one open-addressing table: the chunk-order search looks pairs
 * up millions of times, and a {@code HashMap<Long, Integer>} boxes a key for each look-up.
 */
final class PairCounts {

  private static final long EMPTY = -1L;   // no pair of non-negative ids packs to -1

  private long[] keys = newKeys(1024);
  private int[] counts = new int[1024];
  private int size;

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

  private static long pack(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  /** The slot that holds the key, or the empty slot where it would go. */
  private int slot(long key) {
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (keys[i] != key && keys[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = newKeys(oldKeys.length * 2);
    counts = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  private static long[] newKeys(int n) {
    long[] k = new long[n];
    java.util.Arrays.fill(k, EMPTY);
    return k;
  }
}
