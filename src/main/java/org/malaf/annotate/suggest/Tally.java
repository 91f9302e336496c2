package org.malaf.annotate.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaf.annotate.Proclitics;

/**
 * Counts every occurrence of the candidate names in one pass over the passages, the first word with any
 * proclitic (وحفتر counts for حفتر), never over a registered actor's mention; remembers the first
 * occurrence and the first one written without a clitic, for display.
 */
final class Tally {

  /** What is known about one candidate. */
  static final class Entry {
    final String key;
    final Set<String> cues = new LinkedHashSet<>();
    int count;
    int cueHits;
    Passage firstPassage;
    int firstFrom;
    int firstTo;
    String plainSurface;

    Entry(String key) {
      this.key = key;
    }

    String name() {
      return plainSurface != null ? plainSurface : firstPassage.surface(firstFrom, firstTo);
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  /** Words that also occur with the article ال somewhere: common nouns and adjectives, not names. */
  private final Set<String> definite = new HashSet<>();
  private int maxWords = 1;

  void add(String key, String cue) {
    Entry entry = entries.computeIfAbsent(key, Entry::new);
    if (cue != null) {
      entry.cues.add(cue);
      entry.cueHits++;
    }
    maxWords = Math.max(maxWords, key.split(" ").length);
  }

  void count(List<Passage> passages) {
    for (Passage p : passages) {
      for (int i = 0; i < p.size(); i++) {
        countAt(p, i);
        String base = RepeatedPhrases.baseOfArticle(p.folded(i));
        if (base.startsWith("ال") && base.length() > 4) {
          definite.add(base.substring(2));
        }
      }
    }
  }

  private void countAt(Passage p, int i) {
    List<String> readings = Proclitics.readings(p.folded(i));
    Set<String> seenHere = new HashSet<>();
    for (int r = 0; r < readings.size(); r++) {
      StringBuilder key = new StringBuilder(readings.get(r));
      for (int to = i + 1; to <= p.size() && to - i <= maxWords; to++) {
        if (to > i + 1) {
          if (!p.joined()[to - 2]) {
            break;
          }
          key.append(' ').append(p.folded(to - 1));
        }
        Entry entry = entries.get(key.toString());
        if (entry != null && p.isFreeRun(i, to) && seenHere.add(entry.key)) {
          record(entry, p, i, to, r == 0);
        }
      }
    }
  }

  private static void record(Entry entry, Passage p, int from, int to, boolean plain) {
    entry.count++;
    if (entry.firstPassage == null) {
      entry.firstPassage = p;
      entry.firstFrom = from;
      entry.firstTo = to;
    }
    if (plain && entry.plainSurface == null) {
      entry.plainSurface = p.surface(from, to);
    }
  }

  /**
   * The entries found at least {@code min} times, leaving out a candidate that only ever occurs inside a
   * longer one (عبد الكافي inside عادل عبد الكافي) and one that is another with a clitic in front (وفايز السراج).
   */
  List<Entry> atLeast(int min) {
    Map<String, Integer> longestContainer = containers();
    List<Entry> kept = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.count >= min && longestContainer.getOrDefault(e.key, 0) < e.count && !isCliticFormOfAnother(e, entries)
          && isLikelyName(e)) {
        kept.add(e);
      }
    }
    return kept;
  }

  /**
   * A phrase found after a title or recurring in different sentences is evidence enough. One word after one
   * title is not (قاعدة عسكرية، الجنرال هجومه): it must follow titles twice, or be a word that never takes ال
   * in the articles (موسكو, never الموسكو; but عسكرية also occurs as العسكرية) and has no pronoun suffix ه.
   */
  private boolean isLikelyName(Entry e) {
    if (e.key.indexOf(' ') >= 0 || e.cueHits >= 2) {
      return true;
    }
    if (e.name().endsWith("ه")) {
      return false;
    }
    for (String reading : Proclitics.readings(e.key)) {
      if (definite.contains(reading)) {
        return false;
      }
    }
    return true;
  }

  /** For every proper sub-phrase of a candidate, the highest count of a candidate containing it. */
  private Map<String, Integer> containers() {
    Map<String, Integer> max = new HashMap<>();
    for (Entry e : entries.values()) {
      String[] words = e.key.split(" ");
      for (int from = 0; from < words.length; from++) {
        for (int to = from + 1; to <= words.length; to++) {
          if (to - from < words.length) {
            max.merge(String.join(" ", Arrays.asList(words).subList(from, to)), e.count, Math::max);
          }
        }
      }
    }
    return max;
  }

  private static boolean isCliticFormOfAnother(Entry e, Map<String, Entry> byKey) {
    int space = e.key.indexOf(' ');
    String first = space < 0 ? e.key : e.key.substring(0, space);
    String rest = space < 0 ? "" : e.key.substring(space);
    List<String> readings = Proclitics.readings(first);
    for (int r = 1; r < readings.size(); r++) {
      Entry other = byKey.get(readings.get(r) + rest);
      if (other != null && other.count > 0) {
        return true;
      }
    }
    return false;
  }
}
