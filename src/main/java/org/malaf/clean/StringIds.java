package org.malaf.clean;

import java.util.Arrays;

/**
 * Numbers distinct strings 0, 1, 2, … in the order they are first added. Unlike a {@code HashMap<String,
 * Integer>} it boxes nothing, and it looks up a slice of a character array without making a string of it, so
 * a token that recurs in an article costs no copy. Hashes are {@link String#hashCode}'s, so a string that is
 * looked up again brings its cached hash.
 */
final class StringIds {

  private String[] strings;
  private int[] hashes;
  /** Open addressing: id + 1 per slot, 0 for an empty slot. */
  private int[] slots;
  private int size;

  StringIds() {
    this(32);
  }

  /** A table sized for about {@code expected} strings, which saves growing it step by step. */
  StringIds(int expected) {
    int capacity = Math.max(32, expected);
    strings = new String[capacity];
    hashes = new int[capacity];
    slots = new int[Integer.highestOneBit(capacity * 2 - 1) * 2];
  }

  int size() {
    return size;
  }

  String get(int id) {
    return strings[id];
  }

  /** The id of the string, or -1. */
  int find(String s) {
    int h = s.hashCode();
    int mask = slots.length - 1;
    for (int i = spread(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
      int id = slots[i] - 1;
      if (hashes[id] == h && strings[id].equals(s)) {
        return id;
      }
    }
    return -1;
  }

  /** The id of the string, numbered now if it is new. */
  int add(String s) {
    int id = find(s);
    return id >= 0 ? id : insert(s, s.hashCode());
  }

  /** The id of the string held by {@code chars[from, to)}, numbered now (as a new string) if it is new. */
  int add(char[] chars, int from, int to) {
    int h = hash(chars, from, to);
    int mask = slots.length - 1;
    for (int i = spread(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
      int id = slots[i] - 1;
      if (hashes[id] == h && holds(strings[id], chars, from, to)) {
        return id;
      }
    }
    return insert(new String(chars, from, to - from), h);
  }

  /** {@link String#hashCode} of the string that {@code chars[from, to)} holds. */
  private static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  private static boolean holds(String s, char[] chars, int from, int to) {
    if (s.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i - from) != chars[i]) {
        return false;
      }
    }
    return true;
  }

  private int insert(String s, int h) {
    if (size == strings.length) {
      strings = Arrays.copyOf(strings, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    int id = size++;
    strings[id] = s;
    hashes[id] = h;
    if (size * 2 > slots.length) {
      slots = new int[slots.length * 2];
      for (int k = 0; k < size; k++) {
        place(k);
      }
    } else {
      place(id);
    }
    return id;
  }

  private void place(int id) {
    int mask = slots.length - 1;
    int i = spread(hashes[id]) & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = id + 1;
  }

  /** String hashes of similar words differ in their low bits little: mix the high bits in. */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
