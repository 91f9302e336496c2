package org.malaf.render.model;

import java.util.List;

/** A numbered source in an article's notes list, with back-references to every marker citing it. */
public record FootnoteView(int number, String id, String label, String url, String readableUrl, boolean truncated,
    List<BackRefView> backRefs) {

  public FootnoteView {
    backRefs = List.copyOf(backRefs);
  }
}
