package org.malaf.explore.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Inverts a dossier's words into the search index's postings: each term (a word, or a reading of one
 * without proclitics) with the articles that contain it and how often, encoded by {@link PostingCodec},
 * in {@link SearchFolding#sortKey} order. Articles are counted in parallel; terms are numbered, so the
 * inversion is done on int arrays, and each term's postings come out in article order whatever the threads.
 */
final class Postings {

  /** Articles counted by one task: a task reuses one counting array across its articles. */
  private static final int ARTICLES_PER_TASK = 128;

  /** The index's sort keys in order, and the encoded postings of each. */
  record Sorted(List<String> keys, List<String> postings) {
  }

  /** One article's distinct words (their numbers) and how often each occurs. */
  private record Words(int[] ids, int[] counts) {
  }

  private Postings() {
  }

  /**
   * The postings and what an update of them needs: the numbers of the terms ({@code ids}; the dossier's
   * words come first, one per entry of {@code readingIds}, then the terms that are readings only), each
   * word's readings, and where each term is in the sorted lists.
   */
  record Built(Sorted sorted, Map<String, Integer> ids, int[][] readingIds, int[] position) {
  }

  /** The postings of articles whose words are {@code counts}, article {@code i} being {@code counts.get(i)}. */
  static Sorted of(List<WordCounts> counts) {
    return build(counts).sorted();
  }

  /** As {@link #of}, keeping what {@link #update} needs. */
  static Built build(List<WordCounts> counts) {
    // Words are numbered in parallel: the numbers vary between runs, the output does not.
    Map<String, Integer> ids = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    List<Words> words = counts.parallelStream().map(c -> number(c, ids, next)).toList();
    List<String> terms = new ArrayList<>(Arrays.asList(new String[next.get()]));
    ids.forEach((word, id) -> terms.set(id, word));
    // Every word's readings are looked up before any reading is numbered, so ids holds the vocabulary alone.
    List<List<String>> readings = terms.parallelStream().map(w -> knownReadings(w, ids::containsKey)).toList();
    int[][] readingIds = new int[readings.size()][];
    for (int i = 0; i < readings.size(); i++) {
      readingIds[i] = readings.get(i).stream().mapToInt(r -> id(r, ids, terms)).toArray();
    }
    int termCount = terms.size();
    int[][] docTerms = new int[words.size()][];
    int[][] docCounts = new int[words.size()][];
    IntStream.range(0, (words.size() + ARTICLES_PER_TASK - 1) / ARTICLES_PER_TASK).parallel().forEach(task -> {
      int[] scratch = new int[termCount];
      for (int d = task * ARTICLES_PER_TASK; d < Math.min(words.size(), (task + 1) * ARTICLES_PER_TASK); d++) {
        termCounts(words.get(d), readingIds, scratch, d, docTerms, docCounts);
      }
    });
    String[] encoded = invert(docTerms, docCounts, termCount);
    Integer[] order = IntStream.range(0, termCount).boxed().toArray(Integer[]::new);
    String[] keys = terms.parallelStream().map(SearchFolding::sortKey).toArray(String[]::new);
    Arrays.parallelSort(order, Comparator.comparing(t -> keys[t]));
    List<String> sortedKeys = new ArrayList<>(termCount);
    List<String> sortedPostings = new ArrayList<>(termCount);
    int[] position = new int[termCount];
    for (int t : order) {
      position[t] = sortedKeys.size();
      sortedKeys.add(keys[t]);
      sortedPostings.add(encoded[t]);
    }
    return new Built(new Sorted(sortedKeys, sortedPostings), ids, readingIds, position);
  }

  /**
   * {@code last}, built from {@code before}, brought to {@code after}, which differs from it only in the
   * articles {@code changed}: only the terms those articles had or have are decoded and encoded again.
   * Empty when the dossier's vocabulary changed (a word new to it, or gone from it), which changes the
   * readings and the terms: then the postings must be built afresh. The result equals {@code build(after)}.
   */
  static Optional<Built> update(Built last, List<WordCounts> before, List<WordCounts> after, int[] changed) {
    // term -> (article -> its new count, 0 when it no longer has the term), articles in order
    Map<Integer, SortedMap<Integer, Integer>> edits = new HashMap<>();
    for (int d : changed) {
      Optional<Map<Integer, Integer>> old = knownTermCounts(before.get(d), last);
      Optional<Map<Integer, Integer>> now = knownTermCounts(after.get(d), last);
      if (old.isEmpty() || now.isEmpty()) {
        return Optional.empty();
      }
      old.get().keySet().forEach(t -> edits.computeIfAbsent(t, k -> new TreeMap<>()).put(d, 0));
      now.get().forEach((t, n) -> edits.computeIfAbsent(t, k -> new TreeMap<>()).put(d, n));
    }
    List<String> postings = new ArrayList<>(last.sorted().postings());
    for (Map.Entry<Integer, SortedMap<Integer, Integer>> edit : edits.entrySet()) {
      int at = last.position()[edit.getKey()];
      String encoded = postings.get(at);
      for (Map.Entry<Integer, Integer> article : edit.getValue().entrySet()) {
        encoded = PostingCodec.withPosting(encoded, article.getKey(), article.getValue());
      }
      if (encoded.isEmpty()) {
        return Optional.empty(); // a term no article has any more
      }
      postings.set(at, encoded);
    }
    return Optional.of(new Built(new Sorted(last.sorted().keys(), postings), last.ids(),
        last.readingIds(), last.position()));
  }

  /** An article's terms and counts in {@code built}'s numbering; empty if it has a word the numbering lacks. */
  private static Optional<Map<Integer, Integer>> knownTermCounts(WordCounts counts, Built built) {
    Map<Integer, Integer> terms = new HashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      Integer id = built.ids().get(counts.word(i));
      if (id == null || id >= built.readingIds().length) {
        return Optional.empty();
      }
      int n = counts.count(i);
      terms.merge(id, n, Integer::sum);
      for (int reading : built.readingIds()[id]) {
        terms.merge(reading, n, Integer::sum);
      }
    }
    return Optional.of(terms);
  }

  /** An article's words by number; a word seen for the first time in the dossier gets the next one. */
  private static Words number(WordCounts counts, Map<String, Integer> ids, AtomicInteger next) {
    int[] wordIds = new int[counts.size()];
    int[] n = new int[counts.size()];
    for (int i = 0; i < wordIds.length; i++) {
      Integer id = ids.get(counts.word(i));
      wordIds[i] = id != null ? id : ids.computeIfAbsent(counts.word(i), w -> next.getAndIncrement());
      n[i] = counts.count(i);
    }
    return new Words(wordIds, n);
  }

  private static int id(String term, Map<String, Integer> ids, List<String> terms) {
    Integer id = ids.get(term);
    if (id == null) {
      id = terms.size();
      ids.put(term, id);
      terms.add(term);
    }
    return id;
  }

  /** Adds up an article's words and their readings into {@code counts} (left all zero), stored as article {@code d}. */
  private static void termCounts(Words words, int[][] readingIds, int[] counts, int d, int[][] docTerms,
      int[][] docCounts) {
    int[] wordIds = words.ids();
    int[] wordCounts = words.counts();
    int[] touched = new int[wordIds.length * 3];
    int n = 0;
    for (int i = 0; i < wordIds.length; i++) {
      int[] readings = readingIds[wordIds[i]];
      if (n + 1 + readings.length > touched.length) {
        touched = Arrays.copyOf(touched, touched.length * 2 + readings.length + 1);
      }
      n = add(wordIds[i], wordCounts[i], counts, touched, n);
      for (int r : readings) {
        n = add(r, wordCounts[i], counts, touched, n);
      }
    }
    int[] terms = Arrays.copyOf(touched, n);
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = counts[terms[i]];
      counts[terms[i]] = 0;
    }
    docTerms[d] = terms;
    docCounts[d] = values;
  }

  private static int add(int term, int count, int[] counts, int[] touched, int n) {
    if (counts[term] == 0) {
      touched[n++] = term;
    }
    counts[term] += count;
    return n;
  }

  /** Each term's postings, articles in order, encoded. */
  private static String[] invert(int[][] docTerms, int[][] docCounts, int termCount) {
    int[] start = new int[termCount + 1];
    for (int[] terms : docTerms) {
      for (int t : terms) {
        start[t + 1]++;
      }
    }
    for (int t = 0; t < termCount; t++) {
      start[t + 1] += start[t];
    }
    int[] docs = new int[start[termCount]];
    int[] counts = new int[start[termCount]];
    int[] next = Arrays.copyOf(start, termCount);
    for (int d = 0; d < docTerms.length; d++) {
      for (int j = 0; j < docTerms[d].length; j++) {
        int at = next[docTerms[d][j]]++;
        docs[at] = d;
        counts[at] = docCounts[d][j];
      }
    }
    return IntStream.range(0, termCount).parallel().mapToObj(t -> {
      StringBuilder out = new StringBuilder((start[t + 1] - start[t]) * 3);
      int last = 0;
      for (int at = start[t]; at < start[t + 1]; at++) {
        PostingCodec.append(docs[at] - last, counts[at], out);
        last = docs[at];
      }
      return out.toString();
    }).toArray(String[]::new);
  }

  /**
   * The readings of a word without proclitics that the dossier uses as words of their own (لحفتر is also
   * حفتر; لافروف is not also افروف): the actor matcher's dictionary-guided stripping, with the dossier's
   * vocabulary as the dictionary. A reading that starts with the article and keeps two letters after it
   * needs no dictionary: و ب ف ك ل before «ال» are clitics (والإمارات is الإمارات even in a dossier that never
   * writes الإمارات alone). A document is found by its words and these readings.
   */
  private static List<String> knownReadings(String word, Predicate<String> vocabulary) {
    List<String> known = new ArrayList<>(2);
    for (String reading : SearchFolding.readings(word)) {
      // «الل…» is also made up from لل + word, right only for words that start with لـ: leave it to the dictionary
      boolean article = reading.startsWith("ال") && !reading.startsWith("الل") && reading.length() >= 4;
      if (!reading.equals(word) && (article || vocabulary.test(reading))) {
        known.add(reading);
      }
    }
    return known.isEmpty() ? List.of() : known;
  }
}
