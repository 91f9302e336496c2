package org.malaf.bench;

import java.util.List;
import java.util.Objects;

/**
 * A synthetic article before extraction damage: title, blocks in reading order and the ids of the
 * actors its text mentions (in mention order, repeats kept).
 */
record Draft(String title, List<Block> blocks, List<String> mentioned) {

  /** What a block is, as the cleaner should find it again. */
  enum Kind { PARAGRAPH, HEADING, PULLQUOTE, CAPTION, SOURCES }

  /** One block; a SOURCES block holds one URL per line, a paragraph holds sentences joined by spaces. */
  record Block(Kind kind, String text) {

    Block {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  Draft {
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
    mentioned = List.copyOf(mentioned);
  }
}
