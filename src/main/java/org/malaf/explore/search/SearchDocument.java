package org.malaf.explore.search;

import java.util.List;
import java.util.Objects;

/**
 * One article as the search index sees it: title, href (relative to the site's root), date as shown, and
 * its readable blocks, each with the anchor number of its paragraph ({@code #p-N}).
 */
public record SearchDocument(String title, String href, String dateText, List<Block> blocks) {

  public SearchDocument {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(href, "href");
    dateText = dateText == null ? "" : dateText;
    blocks = List.copyOf(blocks);
  }

  /** A paragraph, heading, pull quote or caption: its {@code #p-N} number and cleaned text. */
  public record Block(int anchor, String text) {

    public Block {
      Objects.requireNonNull(text, "text");
    }
  }
}
