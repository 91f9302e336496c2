package org.malaf.explore.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

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
  /** Sort keys in order and the encoded postings of each. */
  private final Postings.Sorted postings;
  private final ShardPlan plan;
  /** Where each shard starts in {@link #postings}, and one past the last. */
  private final int[] shardStarts;

  private SearchIndex(List<SearchDocument> documents, Postings.Sorted postings, ShardPlan plan) {
    this.documents = documents;
    this.postings = postings;
    this.plan = plan;
    this.shardStarts = new int[plan.size() + 1];
    for (int i = 0; i < plan.size(); i++) {
      shardStarts[i] = Collections.binarySearch(postings.keys(), plan.firstTerms().get(i));
    }
    shardStarts[plan.size()] = postings.keys().size();
  }

  /** Indexes {@code documents}; document {@code i}'s text is written as {@code search/t/i.js}. */
  public static SearchIndex build(List<SearchDocument> documents) {
    return build(documents, SHARD_BYTES);
  }

  /** Indexes {@code documents} whose words were counted already, {@code words.get(i)} being document {@code i}'s. */
  public static SearchIndex build(List<SearchDocument> documents, List<WordCounts> words) {
    return build(documents, words, SHARD_BYTES);
  }

  static SearchIndex build(List<SearchDocument> documents, int shardBytes) {
    return build(documents, documents.parallelStream().map(WordCounts::of).toList(), shardBytes);
  }

  private static SearchIndex build(List<SearchDocument> documents, List<WordCounts> words, int shardBytes) {
    requireOneCountPerDocument(documents, words);
    return build(documents, Postings.of(words), shardBytes);
  }

  private static void requireOneCountPerDocument(List<SearchDocument> documents, List<WordCounts> words) {
    if (words.size() != documents.size()) {
      throw new IllegalArgumentException(words.size() + " word counts for " + documents.size() + " documents");
    }
  }

  /** The index of {@code documents} whose postings, by sort key (a word's clitic forms side by side), are {@code sorted}. */
  private static SearchIndex build(List<SearchDocument> documents, Postings.Sorted sorted, int shardBytes) {
    List<SearchDocument> docs = List.copyOf(documents);
    int[] sizes = new int[sorted.keys().size()];
    for (int i = 0; i < sizes.length; i++) {
      // bytes in the JSON object: quotes, colon, comma, the term's UTF-8 and the postings' ASCII
      sizes[i] = utf8Length(SearchFolding.termOf(sorted.keys().get(i))) + sorted.postings().get(i).length() + 4;
    }
    return new SearchIndex(docs, sorted, ShardPlan.of(sorted.keys(), sizes, shardBytes));
  }

  /**
   * Builds the index of successive builds of one dossier, keeping the last one's postings: when only a few
   * articles' words changed (a rebuild in {@code serve}), only their terms are updated, instead of every
   * article being inverted again. Gives the same index as {@link SearchIndex#build(List, List)}.
   */
  public static final class Builder {

    /** More changed articles than this are inverted afresh: each one costs the decoding of its terms' postings. */
    static final int MAX_UPDATED = 64;

    private List<WordCounts> lastWords = List.of();
    private Postings.Built last;
    private int updates;

    /** The index of {@code documents}, {@code words.get(i)} being document {@code i}'s words. */
    public SearchIndex build(List<SearchDocument> documents, List<WordCounts> words) {
      requireOneCountPerDocument(documents, words);
      Optional<Postings.Built> updated = updated(words);
      updates += updated.isPresent() ? 1 : 0;
      Postings.Built built = updated.orElseGet(() -> Postings.build(words));
      last = built;
      lastWords = List.copyOf(words);
      return SearchIndex.build(documents, built.sorted(), SHARD_BYTES);
    }

    /** How many builds updated the last postings rather than building them afresh; for tests. */
    int updates() {
      return updates;
    }

    /** The last postings brought up to date, when there are some for as many articles and few changed. */
    private Optional<Postings.Built> updated(List<WordCounts> words) {
      if (last == null || words.size() != lastWords.size()) {
        return Optional.empty();
      }
      // An unchanged article's counts are the very object the last build had (see explore.ArticleDigests).
      int[] changed = IntStream.range(0, words.size()).filter(i -> words.get(i) != lastWords.get(i)).toArray();
      return changed.length > MAX_UPDATED ? Optional.empty() : Postings.update(last, lastWords, words, changed);
    }
  }

  public ShardPlan plan() {
    return plan;
  }

  public int documentCount() {
    return documents.size();
  }

  /** The encoded postings of a folded term, or null; for tests. */
  String postings(String term) {
    int at = Collections.binarySearch(postings.keys(), SearchFolding.sortKey(term));
    return at >= 0 ? postings.postings().get(at) : null;
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

  /** The sort keys and encoded postings of shard {@code shard}: all that {@link #shardScript} reads. */
  public List<List<String>> shard(int shard) {
    return List.of(postings.keys().subList(shardStarts[shard], shardStarts[shard + 1]),
        postings.postings().subList(shardStarts[shard], shardStarts[shard + 1]));
  }

  /** {@code search/s/N.js}: term → encoded postings for the terms of shard {@code shard}. */
  public byte[] shardScript(int shard) {
    Map<String, String> terms = new LinkedHashMap<>();
    for (int i = shardStarts[shard]; i < shardStarts[shard + 1]; i++) {
      terms.put(SearchFolding.termOf(postings.keys().get(i)), postings.postings().get(i));
    }
    return ScriptFile.assign(GLOBAL, "s" + shard, terms);
  }

  /** The document at {@code doc}, which is all {@link #textScript} reads. */
  public SearchDocument document(int doc) {
    return documents.get(doc);
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

  private static int utf8Length(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }
}
