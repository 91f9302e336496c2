package org.malaf.render.model;

import java.util.List;

/** The sources of one publisher or domain. */
public record SourceGroupView(String label, List<SourceView> sources) {

  public SourceGroupView {
    sources = List.copyOf(sources);
  }
}
