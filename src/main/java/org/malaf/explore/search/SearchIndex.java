package org.malaf.explore.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.malaf.annotate.FoldedToken;

/**
 * The search index of a dossier, ready to be written as script files: {@code search/meta.js} (the shard
 * list and the folding table, loaded with the search page), {@code search/s/N.js} (postings of a range
 * of terms in {@link SearchFolding#sortKey} order, so a query's variants — لحفتر, حفتر — share a shard,
 * loaded when a query needs them) and {@code search/t/N.js} (one article's sentences, loaded to
 * show its hits). Postings are per article, so the biggest list is one entry per article, and every
 * sentence is found and highlighted in the browser from the article's own text.
 */
public final class SearchIndex {

  /** The global object the files fill in. */
  public static final String GLOBAL = "malafSearch";
  /** Format version, raised when a file changes meaning; search.js checks it. */
  public static final int VERSION = 2;
  /** Target size of a postings shard: small enough to parse at once on a phone, few enough files. */
  public static final int SHARD_BYTES = 32 * 1024;
  /** A word in the title counts as this many in the text, so title hits rank first. */
  static final int TITLE_WEIGHT = 3;

  private final List<SearchDocument> documents;
  private final SortedMap<String, String> postings;
  private final ShardPlan plan;

  private SearchIndex(List<SearchDocument> documents, SortedMap<String, String> postings, ShardPlan plan) {
    this.documents = documents;
    this.postings = postings;
    this.plan = plan;
  }

  /** Indexes {@code documents}; document {@code i}'s text is written as {@code search/t/i.js}. */
  public static SearchIndex build(List<SearchDocument> documents) {
    return build(documents, SHARD_BYTES);
  }

  static SearchIndex build(List<SearchDocument> documents, int shardBytes) {
    List<SearchDocument> docs = List.copyOf(documents);
    List<Map<String, Integer>> words = docs.parallelStream().map(SearchIndex::wordCounts).toList();
    Set<String> vocabulary = new HashSet<>();
    words.forEach(w -> vocabulary.addAll(w.keySet()));
    Map<String, List<String>> readings = vocabulary.parallelStream()
        .collect(Collectors.toMap(w -> w, w -> knownReadings(w, vocabulary)));
    Map<String, TermPostings> byTerm = new HashMap<>();
    Map<String, Integer> terms = new HashMap<>();
    for (int doc = 0; doc < words.size(); doc++) {
      terms.clear();
      for (var e : words.get(doc).entrySet()) {
        terms.merge(e.getKey(), e.getValue(), Integer::sum);
        for (String r : readings.get(e.getKey())) {
          terms.merge(r, e.getValue(), Integer::sum);
        }
      }
      for (var e : terms.entrySet()) {
        byTerm.computeIfAbsent(e.getKey(), k -> new TermPostings()).add(doc, e.getValue());
      }
    }
    SortedMap<String, String> encoded = new TreeMap<>(); // by sort key: a word's clitic forms side by side
    SortedMap<String, Integer> sizes = new TreeMap<>();
    for (var e : byTerm.entrySet()) {
      String postings = e.getValue().encoded.toString();
      String key = SearchFolding.sortKey(e.getKey());
      encoded.put(key, postings);
      // bytes in the JSON object: quotes, colon, comma, the term's UTF-8 and the postings' ASCII
      sizes.put(key, utf8Length(e.getKey()) + postings.length() + 4);
    }
    return new SearchIndex(docs, encoded, ShardPlan.of(sizes, shardBytes));
  }

  public ShardPlan plan() {
    return plan;
  }

  public int documentCount() {
    return documents.size();
  }

  /** The encoded postings of a folded term, or null; for tests. */
  String postings(String term) {
    return postings.get(SearchFolding.sortKey(term));
  }

  /** {@code search/meta.js}: version, article count, each shard's first sort key, the browser's folding table. */
  public byte[] metaScript() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("v", VERSION);
    meta.put("docs", documents.size());
    meta.put("shards", plan.firstTerms());
    meta.put("fold", SearchFolding.browserTable());
    return ScriptFile.assign(GLOBAL, "meta", meta);
  }

  /** {@code search/s/N.js}: term → encoded postings for the terms of shard {@code shard}. */
  public byte[] shardScript(int shard) {
    List<String> firsts = plan.firstTerms();
    SortedMap<String, String> range = shard + 1 < firsts.size()
        ? postings.subMap(firsts.get(shard), firsts.get(shard + 1)) : postings.tailMap(firsts.get(shard));
    Map<String, String> terms = new LinkedHashMap<>();
    range.forEach((key, value) -> terms.put(SearchFolding.termOf(key), value));
    return ScriptFile.assign(GLOBAL, "s" + shard, terms);
  }

  /** {@code search/t/N.js}: title, href, date and the sentences of each block of document {@code doc}. */
  public byte[] textScript(int doc) {
    SearchDocument d = documents.get(doc);
    Sentences sentences = new Sentences();
    List<List<Object>> blocks = new ArrayList<>();
    for (SearchDocument.Block b : d.blocks()) {
      List<Object> entry = new ArrayList<>();
      entry.add(b.anchor());
      entry.addAll(sentences.split(b.text()));
      blocks.add(entry);
    }
    Map<String, Object> text = new LinkedHashMap<>();
    text.put("t", d.title());
    text.put("h", d.href());
    text.put("d", d.dateText());
    text.put("b", blocks);
    return ScriptFile.assign(GLOBAL, "t" + doc, text);
  }

  /** How often each search-folded word occurs in a document, title words counting {@link #TITLE_WEIGHT} times. */
  private static Map<String, Integer> wordCounts(SearchDocument doc) {
    Map<String, Integer> counts = new HashMap<>();
    for (FoldedToken t : SearchFolding.tokens(doc.title())) {
      counts.merge(t.folded(), TITLE_WEIGHT, Integer::sum);
    }
    for (SearchDocument.Block b : doc.blocks()) {
      for (FoldedToken t : SearchFolding.tokens(b.text())) {
        counts.merge(t.folded(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * The readings of a word without proclitics that the dossier uses as words of their own (لحفتر is also
   * حفتر; لافروف is not also افروف): the actor matcher's dictionary-guided stripping, with the dossier's
   * vocabulary as the dictionary. A reading that starts with the article and keeps two letters after it
   * needs no dictionary: و ب ف ك ل before «ال» are clitics (والإمارات is الإمارات even in a dossier that never
   * writes الإمارات alone). A document is found by its words and these readings.
   */
  private static List<String> knownReadings(String word, Set<String> vocabulary) {
    List<String> known = new ArrayList<>(2);
    for (String reading : SearchFolding.readings(word)) {
      // «الل…» is also made up from لل + word, right only for words that start with لـ: leave it to the dictionary
      boolean article = reading.startsWith("ال") && !reading.startsWith("الل") && reading.length() >= 4;
      if (!reading.equals(word) && (article || vocabulary.contains(reading))) {
        known.add(reading);
      }
    }
    return known.isEmpty() ? List.of() : known;
  }

  private static int utf8Length(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  /** Postings of one term being built, in document order. */
  private static final class TermPostings {
    private final StringBuilder encoded = new StringBuilder();
    private int last;

    void add(int doc, int count) {
      PostingCodec.append(doc - last, count, encoded);
      last = doc;
    }
  }
}
