package org.malaf.explore;

import java.time.LocalDate;
import org.malaf.explore.timeline.TimelineDate;
import org.malaf.render.ArabicDates;

/**
 * Writes a timeline date in Arabic as the rest of the site does (ICU, Latin digits, UTC): «27 يونيو 2016»,
 * «أبريل 2019», «2011», and a range as «14–16 أبريل 2019».
 */
final class DateText {

  // Keeps each date's text: a dossier's tens of thousands of events fall on a few thousand dates.
  private final ArabicDates dates = new ArabicDates();

  String of(TimelineDate date) {
    return switch (date.precision()) {
      case YEAR -> Integer.toString(date.year());
      case MONTH -> dates.formatMonth(LocalDate.of(date.year(), date.month(), 1));
      case DAY -> (date.lastDay() != date.day() ? date.day() + "–" : "")
          + dates.format(LocalDate.of(date.year(), date.month(), date.lastDay()));
    };
  }
}
