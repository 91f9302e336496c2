package org.malaf.clean;

/**
 * Numbers distinct pairs of non-negative ints 0, 1, 2, … in the order they are first added, in one
 * open-addressing table: the cleaner looks pairs up millions of times, and a {@code HashMap<Long, Integer>}
 * boxes a key for each look-up. Keys sit in the slots themselves, so a look-up reads one array to find them.
 */
final class PairIds {

  /** Per slot: the pair packed plus one, so that 0 (what a new array holds) marks an empty slot. */
  private long[] keys;
  /** Per slot: the pair's number. */
  private int[] ids;
  private int size;

  /** A table sized for about {@code expected} distinct pairs, which saves growing it step by step. */
  PairIds(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
    keys = new long[capacity];
    ids = new int[capacity];
  }

  int size() {
    return size;
  }

  /** The number of the pair, or -1 when it was never added (or either int is negative). */
  int find(int a, int b) {
    if (a < 0 || b < 0) {
      return -1;
    }
    long key = pack(a, b);
    int slot = slot(key);
    return keys[slot] == key ? ids[slot] : -1;
  }

  /** The number of the pair of non-negative ints, numbered now if it is new. */
  int add(int a, int b) {
    long key = pack(a, b);
    int slot = slot(key);
    if (keys[slot] == key) {
      return ids[slot];
    }
    keys[slot] = key;
    ids[slot] = size;
    if (++size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

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
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        ids[slot] = oldIds[i];
      }
    }
  }
}
