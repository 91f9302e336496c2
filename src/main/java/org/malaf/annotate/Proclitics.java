package org.malaf.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of a folded word with its proclitics taken off: «وبحفتر» may be «بحفتر», «حفتر»; «للامارات»
 * may be «لامارات», «امارات» or, because ل + ال is written لل, «الامارات». The matcher accepts a reading only
 * when it is a known alias (dictionary-guided stripping, DEPENDENCIES §3): blind stripping turns ومحفتر into
 * محفتر and a light stemmer turns الروسية into روس. Thread-safe.
 */
public final class Proclitics {

  /** Conjunction, then preposition: و ف, then ب ل ك. The article ال stays part of the alias it belongs to. */
  private static final List<String> PREFIXES = prefixes();
  private static final List<String> LAM_LAM = List.of("لل", "ولل", "فلل");
  /** Stripping must leave a real word; one letter left is never a name. */
  private static final int MIN_REST = 2;

  private Proclitics() {}

  /**
   * The folded word itself first, then each reading with proclitics taken off, shortest prefix first (the
   * order decides ties). Callers keep a reading only if it is a word they know.
   */
  public static List<String> readings(String folded) {
    List<String> out = new ArrayList<>(4);
    out.add(folded);
    char first = folded.charAt(0);
    if (first != 'و' && first != 'ف' && first != 'ب' && first != 'ل' && first != 'ك') {
      return out;
    }
    for (String prefix : PREFIXES) {
      if (folded.length() - prefix.length() >= MIN_REST && folded.startsWith(prefix)) {
        out.add(folded.substring(prefix.length()));
      }
    }
    for (String prefix : LAM_LAM) {
      if (folded.length() - prefix.length() >= MIN_REST && folded.startsWith(prefix)) {
        String rest = folded.substring(prefix.length());
        // ل + الامارات → للامارات; ل + اللاذقيه → للاذقيه (the article's lam merges with the word's own).
        out.add("ال" + rest);
        out.add("الل" + rest);
      }
    }
    return out;
  }

  private static List<String> prefixes() {
    List<String> list = new ArrayList<>();
    for (String conj : List.of("", "و", "ف")) {
      for (String prep : List.of("", "ب", "ل", "ك")) {
        if (!(conj + prep).isEmpty()) {
          list.add(conj + prep);
        }
      }
    }
    list.sort((a, b) -> Integer.compare(a.length(), b.length()));
    return List.copyOf(list);
  }
}
