package org.malaf.explore.model;

import java.util.List;
import org.malaf.render.model.Chrome;
import org.malaf.render.model.LinkView;

/**
 * Everything a timeline page shows: its events grouped by year (earliest first), the index of all years
 * (text: the year, note: its event count, href: where it starts), and links to the previous and next
 * pages ("" on the first and last).
 */
public record TimelinePage(Chrome chrome, int eventCount, int articleCount, int uncertainCount,
    List<TimelineYearView> years, List<LinkView> yearIndex, int pageNumber, int pageCount, String previousHref,
    String nextHref) {

  public TimelinePage {
    years = List.copyOf(years);
    yearIndex = List.copyOf(yearIndex);
  }
}
