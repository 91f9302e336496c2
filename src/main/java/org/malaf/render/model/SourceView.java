package org.malaf.render.model;

import java.util.List;

/** A source on the sources page, with the articles that cite it. */
public record SourceView(String url, String readableUrl, boolean truncated, List<LinkView> citedBy) {

  public SourceView {
    citedBy = List.copyOf(citedBy);
  }
}
