package org.malaf.explore.search;

import java.util.function.UnaryOperator;

/**
 * How often each search-folded word occurs in one article, title words counting
 * {@link SearchIndex#TITLE_WEIGHT} times: the part of indexing that reads the article's text, apart from
 * the dossier-wide rest so it can run per article in parallel and be reused for an unchanged article.
 * Immutable.
 */
public final class WordCounts {

  private final String[] words;
  private final int[] counts;

  private WordCounts(String[] words, int[] counts) {
    this.words = words;
    this.counts = counts;
  }

  /** The words of {@code doc}. */
  public static WordCounts of(SearchDocument doc) {
    return of(doc, UnaryOperator.identity());
  }

  /**
   * The words of {@code doc}, each kept as {@code canonical} returns it: articles share most of their
   * words, so counts kept for long can share one string per word.
   */
  public static WordCounts of(SearchDocument doc, UnaryOperator<String> canonical) {
    int chars = doc.title().length();
    for (SearchDocument.Block b : doc.blocks()) {
      chars += b.text().length();
    }
    Tally tally = new Tally(chars / 8); // room for most articles' words without growing
    SearchFolding.forEachWord(doc.title(), w -> tally.add(w, SearchIndex.TITLE_WEIGHT));
    for (SearchDocument.Block b : doc.blocks()) {
      SearchFolding.forEachWord(b.text(), w -> tally.add(w, 1));
    }
    String[] words = new String[tally.size];
    int[] n = new int[tally.size];
    int i = 0;
    for (int slot = 0; slot < tally.words.length; slot++) {
      if (tally.words[slot] != null) {
        words[i] = canonical.apply(tally.words[slot]);
        n[i++] = tally.counts[slot];
      }
    }
    return new WordCounts(words, n);
  }

  /**
   * Counts words given in a reused buffer: open addressing on the words' {@link String#hashCode}, so a
   * string is made only the first time a word is seen (a text repeats most of its words).
   */
  private static final class Tally {
    private String[] words;
    private int[] hashes;
    private int[] counts;
    private int size;

    Tally(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2; // at most half full
      words = new String[capacity];
      hashes = new int[capacity];
      counts = new int[capacity];
    }

    void add(CharSequence word, int weight) {
      int hash = 0;
      for (int i = 0; i < word.length(); i++) {
        hash = 31 * hash + word.charAt(i);
      }
      int mask = words.length - 1;
      int slot = (hash ^ (hash >>> 16)) & mask;
      while (words[slot] != null) {
        if (hashes[slot] == hash && words[slot].contentEquals(word)) {
          counts[slot] += weight;
          return;
        }
        slot = (slot + 1) & mask;
      }
      words[slot] = word.toString();
      hashes[slot] = hash;
      counts[slot] = weight;
      if (++size * 2 > words.length) {
        grow();
      }
    }

    private void grow() {
      String[] oldWords = words;
      int[] oldHashes = hashes;
      int[] oldCounts = counts;
      words = new String[oldWords.length * 2];
      hashes = new int[words.length];
      counts = new int[words.length];
      int mask = words.length - 1;
      for (int i = 0; i < oldWords.length; i++) {
        if (oldWords[i] != null) {
          int slot = (oldHashes[i] ^ (oldHashes[i] >>> 16)) & mask;
          while (words[slot] != null) {
            slot = (slot + 1) & mask;
          }
          words[slot] = oldWords[i];
          hashes[slot] = oldHashes[i];
          counts[slot] = oldCounts[i];
        }
      }
    }
  }

  /** How many distinct words. */
  int size() {
    return words.length;
  }

  /** The {@code i}-th distinct word, in no particular order. */
  String word(int i) {
    return words[i];
  }

  /** How often {@link #word word(i)} occurs, weighted. */
  int count(int i) {
    return counts[i];
  }
}
