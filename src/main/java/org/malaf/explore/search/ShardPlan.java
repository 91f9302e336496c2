package org.malaf.explore.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

/**
 * Cuts the sorted vocabulary (sorted by {@link SearchFolding#sortKey}) into consecutive ranges of about
 * {@code limit} bytes, one script file each. A shard is named by its first key, so finding a term's shard
 * is a binary search over a short list, and the words that begin a given way (a word being typed) sit in a
 * few neighbouring shards. Ranges, unlike first-letter shards, stay even when half the words start with «ال».
 */
public final class ShardPlan {

  private final List<String> firstTerms;

  private ShardPlan(List<String> firstTerms) {
    this.firstTerms = List.copyOf(firstTerms);
  }

  /** Plans shards for {@code sizes} (term → bytes it adds to a shard, in term order). */
  public static ShardPlan of(SortedMap<String, Integer> sizes, int limit) {
    return of(List.copyOf(sizes.keySet()), sizes.values().stream().mapToInt(Integer::intValue).toArray(), limit);
  }

  /** Plans shards for {@code terms} (in term order), term {@code i} adding {@code sizes[i]} bytes to its shard. */
  static ShardPlan of(List<String> terms, int[] sizes, int limit) {
    List<String> firsts = new ArrayList<>();
    long used = 0;
    for (int i = 0; i < sizes.length; i++) {
      if (firsts.isEmpty() || used + sizes[i] > limit) {
        firsts.add(terms.get(i));
        used = 0;
      }
      used += sizes[i];
    }
    return new ShardPlan(firsts);
  }

  /** The first term of each shard, in order; shard {@code i} holds terms from entry {@code i} up to entry {@code i+1}. */
  public List<String> firstTerms() {
    return firstTerms;
  }

  public int size() {
    return firstTerms.size();
  }

  /** The shard that holds {@code key} if the index has it (Java's and JavaScript's string order agree: UTF-16 units). */
  public int shardOf(String key) {
    int at = Collections.binarySearch(firstTerms, key);
    return at >= 0 ? at : Math.max(0, -at - 2);
  }
}
