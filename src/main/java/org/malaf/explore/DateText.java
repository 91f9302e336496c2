package org.malaf.explore;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.malaf.explore.timeline.TimelineDate;
import org.malaf.render.ArabicDates;

/**
 * Writes a timeline date in Arabic as the rest of the site does (ICU, Latin digits, UTC): «27 يونيو 2016»,
 * «أبريل 2019», «2011», and a range as «14–16 أبريل 2019».
 */
final class DateText {

  private final ArabicDates dates = new ArabicDates();
  /** Text by date: a dossier's tens of thousands of events fall on a few thousand dates, and ICU is slow. */
  private final Map<TimelineDate, String> written = new ConcurrentHashMap<>();

  String of(TimelineDate date) {
    return written.computeIfAbsent(date, this::write);
  }

  private String write(TimelineDate date) {
    return switch (date.precision()) {
      case YEAR -> Integer.toString(date.year());
      case MONTH -> dates.formatMonth(LocalDate.of(date.year(), date.month(), 1));
      case DAY -> (date.lastDay() != date.day() ? date.day() + "–" : "")
          + dates.format(LocalDate.of(date.year(), date.month(), date.lastDay()));
    };
  }
}
