package org.malaf.explore.timeline;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The calendar words the date finder reads, in folded spelling ({@link org.malaf.annotate.ArabicFolding}):
 * the months of the Egyptian/Gulf series (يناير … ديسمبر), the Levantine/Iraqi series (كانون الثاني …
 * كانون الأول) and the unambiguous Maghrebi names, and the days of the week.
 */
final class CalendarWords {

  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
      Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("يوليو", 7),
      Map.entry("يوليه", 7), Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10),
      Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
      Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4),
      Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8),
      Map.entry("ايلول", 9), Map.entry("تشرين الاول", 10), Map.entry("تشرين الثاني", 11), Map.entry("كانون الاول", 12),
      Map.entry("جانفي", 1), Map.entry("فيفري", 2), Map.entry("افريل", 4), Map.entry("جوان", 6),
      Map.entry("جويليه", 7), Map.entry("اوت", 8));

  /**
   * Month names that are also common words (آب «father», مارس «he practised»): taken as a month only next
   * to a day number, a year or the other series' name.
   */
  static final Set<String> WEAK_MONTHS = Set.of("اب", "مارس");

  static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "الاحد", DayOfWeek.SUNDAY, "الاثنين", DayOfWeek.MONDAY, "الثلاثاء", DayOfWeek.TUESDAY,
      "الاربعاء", DayOfWeek.WEDNESDAY, "الخميس", DayOfWeek.THURSDAY, "الجمعه", DayOfWeek.FRIDAY,
      "السبت", DayOfWeek.SATURDAY);

  private CalendarWords() {
  }

  /** Kinds of {@link #TRIGGERS}: each date pattern needs a word of a given kind, so a window without one skips it. */
  static final int MONTH_WORD = 1;
  static final int WEEKDAY_WORD = 2;
  static final int YEAR_WORD = 4;
  static final int YESTERDAY_WORD = 8;

  /**
   * The words at least one of which every date expression contains, with their kind: where the finder
   * looks. A month of two words is found by its first.
   */
  static final Map<String, Integer> TRIGGERS = Stream.of(
          MONTHS.keySet().stream().map(m -> Map.entry(m.split(" ")[0], MONTH_WORD)),
          WEEKDAYS.keySet().stream().map(w -> Map.entry(w, WEEKDAY_WORD)),
          Stream.of("عام", "العام", "سنه", "السنه").map(w -> Map.entry(w, YEAR_WORD)),
          Stream.of(Map.entry("امس", YESTERDAY_WORD)))
      .flatMap(x -> x)
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a | b));

  /** Cheap checks before a map lookup: most words are not triggers by length or {@link String#hashCode}. */
  static final int TRIGGER_MIN = TRIGGERS.keySet().stream().mapToInt(String::length).min().orElse(0);
  static final int TRIGGER_MAX = TRIGGERS.keySet().stream().mapToInt(String::length).max().orElse(0);
  private static final int[] TRIGGER_HASHES = TRIGGERS.keySet().stream().mapToInt(String::hashCode).sorted().distinct()
      .toArray();

  /** False when a word of {@code length} characters and {@link String#hashCode} {@code hash} is surely no trigger. */
  static boolean mayBeTrigger(int length, int hash) {
    return length >= TRIGGER_MIN && length <= TRIGGER_MAX && Arrays.binarySearch(TRIGGER_HASHES, hash) >= 0;
  }

  /**
   * The kind of the trigger word {@code s[start, end)} whose {@link String#hashCode} is {@code hash}, or 0
   * when it is not one; the string is only made for the rare word that passes {@link #mayBeTrigger}.
   */
  static int triggerKind(String s, int start, int end, int hash) {
    return mayBeTrigger(end - start, hash) ? TRIGGERS.getOrDefault(s.substring(start, end), 0) : 0;
  }

  /** A regex alternation of {@code words}, longest first so «كانون الثاني» wins over a shorter prefix. */
  static String alternation(Set<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(w -> w.replace(" ", "\\s+"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  static String monthAlternation() {
    return alternation(MONTHS.keySet());
  }

  static String weekdayAlternation() {
    return alternation(Stream.of(WEEKDAYS.keySet()).flatMap(Set::stream).collect(Collectors.toSet()));
  }

  /** The month of a folded name as matched (runs of spaces inside it collapsed). */
  static int month(String matched) {
    return MONTHS.getOrDefault(matched.replaceAll("\\s+", " "), 0);
  }
}
