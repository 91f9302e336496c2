package org.malaf.explore;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.malaf.explore.timeline.TimelineDate;

/**
 * Writes a timeline date in Arabic as the rest of the site does (ICU, Latin digits, UTC): «27 يونيو 2016»,
 * «أبريل 2019», «2011», and a range as «14–16 أبريل 2019».
 */
final class DateText {

  private static final ULocale ARABIC_LATIN_DIGITS = new ULocale("ar@numbers=latn");

  private final DateFormat day = format("d MMMM y");
  private final DateFormat month = format("MMMM y");

  String of(TimelineDate date) {
    return switch (date.precision()) {
      case YEAR -> Integer.toString(date.year());
      case MONTH -> apply(month, LocalDate.of(date.year(), date.month(), 1));
      case DAY -> (date.lastDay() != date.day() ? date.day() + "–" : "")
          + apply(day, LocalDate.of(date.year(), date.month(), date.lastDay()));
    };
  }

  private static String apply(DateFormat prototype, LocalDate date) {
    DateFormat f = (DateFormat) prototype.clone(); // DateFormat is not thread-safe
    return f.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  private static DateFormat format(String pattern) {
    SimpleDateFormat f = new SimpleDateFormat(pattern, ARABIC_LATIN_DIGITS);
    f.setTimeZone(TimeZone.GMT_ZONE);
    return f;
  }
}
