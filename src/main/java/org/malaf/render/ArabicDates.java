package org.malaf.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Formats dates for Arabic pages ("28 نوفمبر 2016") with Latin digits, the digits the seed articles use.
 * Always in UTC so output does not depend on the machine's time zone.
 */
final class ArabicDates {

  private final DateFormat prototype;

  ArabicDates() {
    SimpleDateFormat format = new SimpleDateFormat("d MMMM y", new ULocale("ar@numbers=latn"));
    format.setTimeZone(TimeZone.GMT_ZONE);
    this.prototype = format;
  }

  String format(LocalDate date) {
    if (date == null) {
      return "";
    }
    DateFormat format = (DateFormat) prototype.clone(); // DateFormat is not thread-safe
    return format.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
  }
}
