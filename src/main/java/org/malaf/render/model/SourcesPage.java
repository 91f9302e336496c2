package org.malaf.render.model;

import java.util.List;

/**
 * Everything a page of the sources listing shows: its sources grouped by publisher, the index of all
 * publishers (text: the label, note: its source count, href: where its list starts), the page's number and
 * links to the previous and next pages ("" on the first and last).
 */
public record SourcesPage(Chrome chrome, int sourceCount, List<SourceGroupView> groups, List<LinkView> groupIndex,
    int pageNumber, int pageCount, String previousHref, String nextHref) {

  public SourcesPage {
    groups = List.copyOf(groups);
    groupIndex = List.copyOf(groupIndex);
  }
}
