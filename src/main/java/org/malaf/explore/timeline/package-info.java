/** Dates found in the cleaned text (both month-name series, years, relative days) and the timeline built from them. */
package org.malaf.explore.timeline;
