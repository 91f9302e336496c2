package org.malaf.link;

import java.util.List;

/** The sources of one publisher or domain. */
public record SourceGroup(String label, List<SourceEntry> sources) {

  public SourceGroup {
    sources = List.copyOf(sources);
  }
}
