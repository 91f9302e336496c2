package org.malaf.annotate.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.malaf.annotate.ArabicFolding;
import org.malaf.annotate.CommonWords;
import org.malaf.annotate.Proclitics;

/**
 * Finds the names that follow titles and roles: «اللواء الليبي المتقاعد خليفة حفتر», «الرئيس الروسي فلاديمير
 * بوتين», «صحيفة “نوفايا غازيتا”», «المتحدث باسم الكرملين». Arabic has no capital letters, so a title is the
 * best evidence that a proper name comes next.
 */
final class TitleCues {

  /** How a cue's name is written. */
  private enum Kind {
    /** A person: descriptors with ال (الروسي، المتقاعد، الخارجية) come first, then words without ال. */
    PERSON,
    /** A newspaper, site, group or place: a quoted phrase, or words without ال. */
    NAMED,
    /** «المتحدث باسم الكرملين»: the body named is a definite noun, ال included. */
    BODY
  }

  private record Cue(String display, List<String> words, Kind kind) {}

  /**
   * A candidate name: words {@code [from, to)} of a passage, found after {@code cue}. Unless {@code exact}
   * (a quoted name), where the name ends is a guess: «الرئيس فلاديمير بوتين يسعى» runs on into the verb, so
   * every shorter run is a candidate too, and counting across the articles decides.
   */
  record Found(Passage passage, int from, int to, String cue, boolean exact) {}

  private static final List<Cue> CUES = cues();
  private static final Set<String> CUE_WORDS = cueWords();
  /** Words that join the next word into a name even when it has ال: عبد الكافي، أبو بكر، آل سعود. */
  private static final Set<String> CONNECTORS = Set.of("عبد", "ابو", "ابي", "ابن", "بن", "بنت", "ال", "ام", "ولد");
  private static final String OPENING_QUOTES = "“\"«‘'„";
  private static final String CLOSING_QUOTES = "”\"»’'";
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_DESCRIPTORS = 3;

  private TitleCues() {}

  /** True when the folded word is a title or role, which is never part of a name. */
  static boolean isCueWord(String folded) {
    return CUE_WORDS.contains(folded);
  }

  /** True when the folded word joins the next one into a name (عبد، أبو، بن …). */
  static boolean isConnector(String folded) {
    return CONNECTORS.contains(folded);
  }

  static void findIn(Passage p, List<Found> out) {
    for (int i = 0; i < p.size(); i++) {
      for (Cue cue : CUES) {
        int after = cueEnd(p, i, cue);
        if (after > 0 && after < p.size()) {
          Found found = nameAfter(p, after, cue);
          if (found != null) {
            out.add(found);
          }
        }
      }
    }
  }

  /** The index of the word after the cue starting at word i (which may carry proclitics), or -1. */
  private static int cueEnd(Passage p, int i, Cue cue) {
    if (!Proclitics.readings(p.folded(i)).contains(cue.words().get(0))) {
      return -1;
    }
    int k = i;
    for (int w = 1; w < cue.words().size(); w++) {
      if (k + 1 >= p.size() || !p.joined()[k] || !p.folded(k + 1).equals(cue.words().get(w))) {
        return -1;
      }
      k++;
    }
    return k + 1;
  }

  private static Found nameAfter(Passage p, int start, Cue cue) {
    String gap = p.gapAfter(start - 1);
    if (cue.kind() != Kind.PERSON && containsAny(gap, OPENING_QUOTES)) {
      return quoted(p, start, cue);
    }
    if (!p.joined()[start - 1]) {
      return null;
    }
    int from = start;
    if (cue.kind() == Kind.PERSON) {
      while (from < p.size() && from - start < MAX_DESCRIPTORS && p.folded(from).startsWith("ال")
          && !p.known()[from] && p.joined()[from]) {
        from++;
      }
    }
    int to = from;
    while (to < p.size() && to - from < MAX_NAME_WORDS && isNameWord(p, to, from, cue.kind())) {
      to++;
      if (to < p.size() && !p.joined()[to - 1]) {
        break;
      }
    }
    while (to > from && isConnector(p.folded(to - 1))) {
      to--; // «عبد» alone at the end is half a name
    }
    return to > from ? new Found(p, from, to, cue.display(), false) : null;
  }

  private static boolean isNameWord(Passage p, int k, int from, Kind kind) {
    String w = p.folded(k);
    if (p.known()[k] || CommonWords.contains(w) || isCueWord(w) || w.length() < 2) {
      return false;
    }
    boolean afterConnector = k > from && isConnector(p.folded(k - 1));
    if (kind == Kind.BODY) {
      // «باسم الكرملين», «باسم وزارة الخارجية»: a definite noun, or a noun and the definite noun it governs.
      return k == from || (!p.folded(k - 1).startsWith("ال") && w.startsWith("ال") && k - from == 1);
    }
    return !w.startsWith("ال") || afterConnector;
  }

  private static Found quoted(Passage p, int start, Cue cue) {
    int to = start + 1;
    while (to < p.size() && to - start < MAX_NAME_WORDS + 1 && !containsAny(p.gapAfter(to - 1), CLOSING_QUOTES)
        && p.gapAfter(to - 1).isBlank()) {
      to++;
    }
    boolean closed = to < p.size() ? containsAny(p.gapAfter(to - 1), CLOSING_QUOTES)
        : containsAny(p.text().substring(p.words().get(to - 1).end()), CLOSING_QUOTES);
    if (!closed || !p.isFreeRun(start, to)) {
      return null;
    }
    return new Found(p, start, to, cue.display(), true);
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Cue> cues() {
    List<Cue> list = new ArrayList<>();
    for (String t : List.of("الرئيس", "الوزير", "وزير", "وزيرة", "وزيري", "الجنرال", "اللواء", "المشير", "السفير",
        "العقيد", "العميد", "الفريق", "الرائد", "النقيب", "المقدم", "المبعوث", "الأمين العام", "الزعيم", "القائد",
        "الشيخ", "الملك", "الأمير", "النائب", "رئيس الوزراء", "رئيس الحكومة", "المستشار", "الدكتور", "السيد",
        "السيدة", "الصحفي", "المحلل", "الباحث", "الخبير", "المسؤول", "المدير التنفيذي", "نظيره", "ولي العهد")) {
      list.add(cue(t, Kind.PERSON));
    }
    for (String t : List.of("صحيفة", "موقع", "وكالة", "قناة", "شبكة", "مجلة", "مجموعة", "شركة", "حركة", "حزب",
        "منظمة", "تنظيم", "جماعة", "ميليشيا", "كتيبة", "مدينة", "بلدة", "قاعدة", "ميناء", "مطار", "حقل", "حقلي")) {
      list.add(cue(t, Kind.NAMED));
    }
    for (String t : List.of("المتحدث باسم", "المتحدثة باسم", "الناطق باسم", "الناطقة باسم")) {
      list.add(cue(t, Kind.BODY));
    }
    return List.copyOf(list);
  }

  private static Cue cue(String display, Kind kind) {
    List<String> words = ArabicFolding.tokens(display).stream().map(t -> t.folded()).toList();
    return new Cue(display, words, kind);
  }

  private static Set<String> cueWords() {
    Set<String> words = new HashSet<>();
    for (Cue cue : CUES) {
      words.add(cue.words().get(0));
    }
    return Set.copyOf(words);
  }
}
