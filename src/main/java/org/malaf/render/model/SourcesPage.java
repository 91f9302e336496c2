package org.malaf.render.model;

import java.util.List;

/** Everything {@code sources.html} shows. */
public record SourcesPage(Chrome chrome, int sourceCount, List<SourceGroupView> groups) {

  public SourcesPage {
    groups = List.copyOf(groups);
  }
}
