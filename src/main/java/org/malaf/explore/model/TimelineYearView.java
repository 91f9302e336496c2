package org.malaf.explore.model;

import java.util.List;

/** One year of the timeline: its label, its anchor id ({@code y-2016}) and its events in order. */
public record TimelineYearView(String year, String id, List<TimelineEventView> events) {

  public TimelineYearView {
    events = List.copyOf(events);
  }
}
