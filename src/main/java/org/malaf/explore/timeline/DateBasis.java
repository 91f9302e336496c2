package org.malaf.explore.timeline;

/** Where a date's parts come from; anything but {@link #STATED} is shown to the reader as uncertain. */
public enum DateBasis {
  /** Every part is written in the text. */
  STATED,
  /** Day and month are written; the year is taken from the article's date («الماضي», or no year given). */
  YEAR_INFERRED,
  /** Computed from the article's date («أمس الأحد», «هذا العام»). */
  RELATIVE
}
