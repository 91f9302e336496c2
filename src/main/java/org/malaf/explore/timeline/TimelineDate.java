package org.malaf.explore.timeline;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A date found in an article: year, month (0 when only the year is known), day (0 when only the month is
 * known) and, for «من 14 إلى 16 أبريل», the last day of the range (else equal to the day). Dates sort by
 * what they say: «2011» before «آذار 2011» before «17 آذار 2011».
 */
public record TimelineDate(int year, int month, int day, int lastDay, DatePrecision precision, DateBasis basis)
    implements Comparable<TimelineDate> {

  private static final Comparator<TimelineDate> ORDER = Comparator.comparingInt(TimelineDate::year)
      .thenComparingInt(TimelineDate::month).thenComparingInt(TimelineDate::day).thenComparingInt(TimelineDate::lastDay);

  public TimelineDate {
    if (precision == DatePrecision.YEAR && (month != 0 || day != 0)
        || precision == DatePrecision.MONTH && (month < 1 || day != 0)
        || precision == DatePrecision.DAY && (month < 1 || day < 1 || lastDay < day)) {
      throw new IllegalArgumentException("inconsistent date " + year + "-" + month + "-" + day + " " + precision);
    }
    if (precision == DatePrecision.DAY) {
      LocalDate.of(year, month, day); // throws for 31 April
      LocalDate.of(year, month, lastDay);
    }
  }

  public static TimelineDate ofYear(int year, DateBasis basis) {
    return new TimelineDate(year, 0, 0, 0, DatePrecision.YEAR, basis);
  }

  public static TimelineDate ofMonth(int year, int month, DateBasis basis) {
    return new TimelineDate(year, month, 0, 0, DatePrecision.MONTH, basis);
  }

  public static TimelineDate ofDay(LocalDate date, DateBasis basis) {
    return new TimelineDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date.getDayOfMonth(),
        DatePrecision.DAY, basis);
  }

  /** The value of an HTML {@code <time datetime>}: {@code 2011}, {@code 2019-04} or {@code 2016-06-27}. */
  public String iso() {
    // String.format's parsing costs more than the rest of a timeline entry
    StringBuilder iso = new StringBuilder(10);
    pad(year, 4, iso);
    if (precision != DatePrecision.YEAR) {
      pad(month, 2, iso.append('-'));
    }
    if (precision == DatePrecision.DAY) {
      pad(day, 2, iso.append('-'));
    }
    return iso.toString();
  }

  /** {@code value} with leading zeros to {@code width} characters, the sign counted, as {@code %0Nd} writes it. */
  private static void pad(int value, int width, StringBuilder out) {
    if (value < 0) {
      out.append('-');
      width--;
    }
    String digits = Integer.toString(Math.abs(value));
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }

  @Override
  public int compareTo(TimelineDate other) {
    return ORDER.compare(this, other);
  }
}
