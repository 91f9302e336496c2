package org.malaf.clean;

import java.util.Objects;

/**
 * One block of the cleaned article: a paragraph, heading, pull quote, caption or source URL, with the
 * 1-based range of raw lines it came from.
 */
public record Block(BlockType type, String text, int firstLine, int lastLine) {

  public Block {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (firstLine < 1 || lastLine < firstLine) {
      throw new IllegalArgumentException("bad line range " + firstLine + "-" + lastLine);
    }
  }

  /** The same block with other text (an editor's correction); keeps type and lines. */
  public Block withText(String newText) {
    return new Block(type, newText, firstLine, lastLine);
  }

  /** "12-16", or "12" for a single line: shown in {@code data-lines} for editors. */
  public String lineRange() {
    return firstLine == lastLine ? Integer.toString(firstLine) : firstLine + "-" + lastLine;
  }
}
