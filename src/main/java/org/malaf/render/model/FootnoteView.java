package org.malaf.render.model;

import java.util.List;

/** A numbered source in an article's notes list ({@code url} is the href, empty when it cannot be a link), with back-references to every marker citing it. */
public record FootnoteView(int number, String id, String label, String url, String readableUrl, boolean truncated,
    List<BackRefView> backRefs) {

  public FootnoteView {
    backRefs = List.copyOf(backRefs);
  }
}
