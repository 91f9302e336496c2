package org.malaf.explore.preview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.malaf.explore.search.ScriptFile;

/**
 * The popover summaries of a site, keyed by page path ({@code actors/haftar.html}), split into buckets of
 * about {@link #PER_BUCKET} by a hash of the path, so a page loads only the bucket of the link being
 * hovered: a single file would grow with the dossier and be loaded on every page. popover.js computes the
 * same FNV-1a hash.
 */
public final class Previews {

  /** The global object the files fill in. */
  public static final String GLOBAL = "malafPreviews";
  public static final int VERSION = 1;
  static final int PER_BUCKET = 400;

  /** What a popover shows: kind ("actor" or "article"), title, a meta line, and a sentence. */
  public record Preview(String kind, String title, String meta, String text) {

    public Preview {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(title, "title");
      meta = meta == null ? "" : meta;
      text = text == null ? "" : text;
    }
  }

  private final List<SortedMap<String, Preview>> buckets;

  /** Splits {@code previews} (page path → preview) into buckets. */
  public Previews(Map<String, Preview> previews) {
    int count = Math.max(1, (previews.size() + PER_BUCKET - 1) / PER_BUCKET);
    List<SortedMap<String, Preview>> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new TreeMap<>());
    }
    previews.forEach((path, preview) -> list.get(bucket(path, count)).put(path, preview));
    this.buckets = List.copyOf(list);
  }

  public int bucketCount() {
    return buckets.size();
  }

  /** {@code previews/meta.js}: the format version and the number of buckets. */
  public byte[] metaScript() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("v", VERSION);
    meta.put("buckets", buckets.size());
    return ScriptFile.assign(GLOBAL, "meta", meta);
  }

  /** The previews of bucket {@code i}, by page path: all that {@link #bucketScript} reads. */
  public SortedMap<String, Preview> bucket(int i) {
    return Collections.unmodifiableSortedMap(buckets.get(i));
  }

  /** {@code previews/bN.js}: the previews of bucket {@code i}. */
  public byte[] bucketScript(int i) {
    return ScriptFile.assign(GLOBAL, "b" + i, buckets.get(i));
  }

  /** The bucket of a page path: 32-bit FNV-1a over its UTF-16 units, unsigned, modulo the count. */
  public static int bucket(String path, int count) {
    int h = 0x811c9dc5;
    for (int i = 0; i < path.length(); i++) {
      h ^= path.charAt(i);
      h *= 0x01000193;
    }
    return (int) (Integer.toUnsignedLong(h) % count);
  }
}
