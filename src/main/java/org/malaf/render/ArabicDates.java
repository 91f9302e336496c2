package org.malaf.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formats dates for Arabic pages ("28 نوفمبر 2016", "أبريل 2019") with Latin digits, the digits the seed
 * articles use. Always in UTC so output does not depend on the machine's time zone; thread-safe. Each date's
 * text is kept: a dossier's pages, previews and timeline ask for a few thousand dates tens of thousands of
 * times, and ICU formatting is slow.
 */
public final class ArabicDates {

  private static final ULocale ARABIC_LATIN_DIGITS = new ULocale("ar@numbers=latn");

  private final DateFormat day = prototype("d MMMM y");
  private final DateFormat month = prototype("MMMM y");
  private final Map<LocalDate, String> days = new ConcurrentHashMap<>();
  private final Map<LocalDate, String> months = new ConcurrentHashMap<>();

  /** Day, month name and year; "" for no date. */
  public String format(LocalDate date) {
    return date == null ? "" : days.computeIfAbsent(date, d -> apply(day, d));
  }

  /** Month name and year only. */
  public String formatMonth(LocalDate date) {
    return date == null ? "" : months.computeIfAbsent(date, d -> apply(month, d));
  }

  private static String apply(DateFormat prototype, LocalDate date) {
    DateFormat format = (DateFormat) prototype.clone(); // DateFormat is not thread-safe
    return format.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  private static DateFormat prototype(String pattern) {
    SimpleDateFormat format = new SimpleDateFormat(pattern, ARABIC_LATIN_DIGITS);
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format;
  }
}
