package org.malaf.explore.timeline;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.malaf.annotate.ArabicFolding;
import org.malaf.annotate.FoldedText;

/**
 * Finds dates in a block of cleaned text: «27 من يونيو/ حزيران الماضي», «في فبراير 2019», «عام 2011»,
 * «من 14 إلى 16 من أبريل/نيسان», «أمس الأحد», «هذا العام». The text is matched folded (so «أبريل» and
 * «ابريل», «٢٠١٩» and «2019» are one), and spans are mapped back to the text as written.
 *
 * <p>A missing year is taken from the article's date only where that is safe: «الماضي» (last) and
 * «المقبل» (next) name the nearest such month before or after it; a bare day and month is read as the
 * article's year only when that puts it on or before the article's date. A relative day («أمس الأحد») is
 * kept only when the weekday it names agrees with the article's date. A month whose two series disagree
 * («يوليو/ حزيران») is left out. Nothing is guessed beyond that: what is unsafe is dropped.
 */
public final class DateExtractor {

  private static final String WORD = "[\\p{L}\\p{M}\\p{Nd}]";
  private static final String BEFORE = "(?<!" + WORD + ")";
  private static final String AFTER = "(?!" + WORD + ")";
  private static final String MONTH = CalendarWords.monthAlternation();
  private static final String YEAR_WORD = "(?:عام|العام|سنه|السنه)";
  private static final String THIS_YEAR = "هذا\\s+العام|العام\\s+الحالي|العام\\s+الجاري";
  private static final String LAST_YEAR = "العام\\s+الماضي|العام\\s+المنصرم";
  private static final String PAST = "الماضي|المنصرم|الفائت";
  private static final String NEXT = "المقبل|القادم";

  /** [day [to day] [من]] month [/ other series] [year | الماضي | المقبل | هذا العام]. */
  private static final Pattern MONTH_DATE = Pattern.compile(
      "(?:" + dayNumber("d1") + "(?:\\s*(?:-|–|الي|حتي|و)\\s*" + dayNumber("d2") + ")?\\s*(?:من\\s+)?(?:شهر\\s+)?)?"
          + BEFORE + "(?<m1>" + MONTH + ")" + AFTER
          + "(?:\\s*(?:[/\\\\–-]|\\()\\s*(?<m2>" + MONTH + ")" + AFTER + "(?:\\s*\\))?)?"
          + "(?:\\s*[،,]?\\s*(?:من\\s+)?(?:" + YEAR_WORD + "\\s+)?(?<year>\\d{4})(?!\\p{Nd})"
          + "|\\s+(?<rel>" + PAST + "|" + NEXT + ")" + AFTER
          + "|\\s+(?:من\\s+)?(?<relyear>" + THIS_YEAR + "|" + LAST_YEAR + ")" + AFTER + ")?");
  private static final Pattern YEAR = Pattern.compile(BEFORE + YEAR_WORD + "\\s+(?<year>\\d{4})(?!\\p{Nd})");
  private static final Pattern RELATIVE_YEAR = Pattern.compile(BEFORE + "(?<relyear>" + THIS_YEAR + "|" + LAST_YEAR + ")" + AFTER);
  private static final Pattern YESTERDAY = Pattern.compile(BEFORE + "(?:(?<before>اول)\\s+)?امس\\s+(?:يوم\\s+)?(?<wd>"
      + CalendarWords.weekdayAlternation() + ")" + AFTER);
  private static final Pattern LAST_WEEKDAY = Pattern.compile(BEFORE + "(?:يوم\\s+)?(?<wd>"
      + CalendarWords.weekdayAlternation() + ")\\s+(?:" + PAST + ")" + AFTER);

  /** Plausible years for a «عام YYYY»; outside them a four-digit number is a count or a code. */
  private static final int FIRST_YEAR = 1000;
  private static final int LAST_YEAR_VALUE = 2199;

  /** A candidate match in folded text; {@code date} is null when the match is rejected but still blocks overlaps. */
  private record Candidate(int start, int end, TimelineDate date) {
  }

  /** The dates in {@code text}, in text order; {@code articleDate} (may be null) anchors missing years and relative days. */
  public List<FoundDate> find(String text, LocalDate articleDate) {
    if (!TriggerWindows.mayHaveAny(text)) {
      return List.of(); // most blocks: no month, year word, weekday or «أمس» at all
    }
    FoldedText folded = ArabicFolding.foldWithOffsets(text);
    String f = folded.folded();
    List<Candidate> candidates = new ArrayList<>();
    for (TriggerWindows.Window w : TriggerWindows.of(f)) {
      // A pattern is tried only where a word it needs is: it could not match elsewhere.
      if (w.has(CalendarWords.MONTH_WORD)) {
        for (Matcher m = in(MONTH_DATE, f, w); m.find(); ) {
          candidates.add(new Candidate(m.start(), m.end(), monthDate(m, articleDate)));
        }
      }
      if (w.has(CalendarWords.YEAR_WORD)) {
        for (Matcher m = in(YEAR, f, w); m.find(); ) {
          int year = Integer.parseInt(m.group("year"));
          candidates.add(new Candidate(m.start(), m.end(),
              plausibleYear(year) ? TimelineDate.ofYear(year, DateBasis.STATED) : null));
        }
        for (Matcher m = in(RELATIVE_YEAR, f, w); m.find(); ) {
          OptionalInt year = relativeYear(m.group("relyear"), articleDate);
          candidates.add(new Candidate(m.start(), m.end(),
              year.isPresent() ? TimelineDate.ofYear(year.getAsInt(), DateBasis.RELATIVE) : null));
        }
      }
      if (w.has(CalendarWords.WEEKDAY_WORD)) {
        if (w.has(CalendarWords.YESTERDAY_WORD)) {
          for (Matcher m = in(YESTERDAY, f, w); m.find(); ) {
            candidates.add(new Candidate(m.start(), m.end(), yesterday(m, articleDate)));
          }
        }
        for (Matcher m = in(LAST_WEEKDAY, f, w); m.find(); ) {
          candidates.add(new Candidate(m.start(), m.end(), lastWeekday(m, articleDate)));
        }
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end() - c.start())));
    List<FoundDate> found = new ArrayList<>();
    int taken = 0;
    for (Candidate c : candidates) {
      if (c.start() < taken) {
        continue; // overlaps a longer or earlier expression, kept or rejected
      }
      taken = c.end();
      if (c.date() != null) {
        int start = folded.originalStart(c.start());
        int end = folded.originalEnd(c.end());
        found.add(new FoundDate(start, end, text.substring(start, end), c.date()));
      }
    }
    return found;
  }

  /** A matcher limited to window {@code w} that still sees the text around it for its look-arounds. */
  private static Matcher in(Pattern pattern, String f, TriggerWindows.Window w) {
    return pattern.matcher(f).region(w.from(), w.to()).useTransparentBounds(true).useAnchoringBounds(false);
  }

  private static TimelineDate monthDate(Matcher m, LocalDate article) {
    int month = CalendarWords.month(m.group("m1"));
    boolean paired = m.group("m2") != null;
    if (paired && CalendarWords.month(m.group("m2")) != month) {
      return null; // «يوليو/ حزيران»: the two series disagree, so the month is not known
    }
    boolean hasDay = m.group("d1") != null;
    boolean hasYear = m.group("year") != null;
    String rel = m.group("rel");
    String relYear = m.group("relyear");
    boolean weak = CalendarWords.WEAK_MONTHS.contains(m.group("m1").replaceAll("\\s+", " "))
        && (!paired || CalendarWords.WEAK_MONTHS.contains(m.group("m2").replaceAll("\\s+", " ")));
    if (weak && !hasDay && !hasYear && relYear == null) {
      return null;
    }
    if (!hasDay && !hasYear && rel == null && relYear == null && !paired) {
      return null; // a lone month name with nothing around it is too often another word
    }
    int day = hasDay ? Integer.parseInt(m.group("d1")) : 0;
    int lastDay = m.group("d2") != null ? Integer.parseInt(m.group("d2")) : day;
    if (hasDay && (day < 1 || day > 31 || (m.group("d2") != null && lastDay <= day))) {
      return null;
    }
    int year;
    DateBasis basis;
    if (hasYear) {
      year = Integer.parseInt(m.group("year"));
      if (!plausibleYear(year)) {
        return null;
      }
      basis = DateBasis.STATED;
    } else if (relYear != null) {
      OptionalInt y = relativeYear(relYear, article);
      if (y.isEmpty()) {
        return null;
      }
      year = y.getAsInt();
      basis = DateBasis.RELATIVE;
    } else {
      OptionalInt y = inferYear(month, day, rel, article);
      if (y.isEmpty()) {
        return null;
      }
      year = y.getAsInt();
      basis = DateBasis.YEAR_INFERRED;
    }
    if (!hasDay) {
      return TimelineDate.ofMonth(year, month, basis);
    }
    try {
      return new TimelineDate(year, month, day, lastDay, DatePrecision.DAY, basis);
    } catch (DateTimeException e) {
      return null; // 31 April, 29 February of a common year
    }
  }

  /** A day of the month: one or two digits, not part of a longer number or a decimal («9.7»). */
  private static String dayNumber(String group) {
    return "(?<![\\p{Nd}.,/])(?<" + group + ">\\d{1,2})(?!\\p{Nd}|[.,/]\\d)";
  }

  private static boolean plausibleYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR_VALUE;
  }

  /** The year of a month (and day) written without one, or empty where the article's date does not settle it. */
  static OptionalInt inferYear(int month, int day, String rel, LocalDate article) {
    if (article == null) {
      return OptionalInt.empty();
    }
    int y = article.getYear();
    int am = article.getMonthValue();
    if (rel != null && rel.matches(PAST)) {
      // «يونيو الماضي» is the last June before the article's month; in June itself it is ambiguous.
      return month == am ? OptionalInt.empty() : OptionalInt.of(month < am ? y : y - 1);
    }
    if (rel != null) {
      return month == am ? OptionalInt.empty() : OptionalInt.of(month > am ? y : y + 1);
    }
    boolean onOrBefore = month < am || month == am && day <= article.getDayOfMonth();
    return onOrBefore ? OptionalInt.of(y) : OptionalInt.empty();
  }

  private static OptionalInt relativeYear(String words, LocalDate article) {
    if (article == null) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(words.matches(LAST_YEAR) ? article.getYear() - 1 : article.getYear());
  }

  private static TimelineDate yesterday(Matcher m, LocalDate article) {
    if (article == null) {
      return null;
    }
    LocalDate day = article.minusDays(m.group("before") != null ? 2 : 1);
    DayOfWeek named = CalendarWords.WEEKDAYS.get(m.group("wd"));
    // The sidecar's date may be approximate: only a weekday that agrees with it proves the day.
    return day.getDayOfWeek() == named ? TimelineDate.ofDay(day, DateBasis.RELATIVE) : null;
  }

  private static TimelineDate lastWeekday(Matcher m, LocalDate article) {
    if (article == null) {
      return null;
    }
    DayOfWeek named = CalendarWords.WEEKDAYS.get(m.group("wd"));
    LocalDate day = article.minusDays(1);
    while (day.getDayOfWeek() != named) {
      day = day.minusDays(1);
    }
    return TimelineDate.ofDay(day, DateBasis.RELATIVE);
  }
}
