package org.malaf.render.model;

import java.util.List;

/**
 * The sources of one publisher or domain on a page: {@code id} is the anchor where its list starts ("" on
 * later pages, where {@code continued} says the list began on an earlier one).
 */
public record SourceGroupView(String label, String id, boolean continued, List<SourceView> sources) {

  public SourceGroupView {
    sources = List.copyOf(sources);
  }
}
