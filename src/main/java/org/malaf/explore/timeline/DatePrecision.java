package org.malaf.explore.timeline;

/** How much of a date the text gives: a year, a month of a year, or a day. */
public enum DatePrecision {
  YEAR, MONTH, DAY
}
