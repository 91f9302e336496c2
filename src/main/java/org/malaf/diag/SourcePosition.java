package org.malaf.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a user's file, printed {@code file:line:col}; lines and columns are 1-based and columns
 * count code points (not UTF-16 units), so they match what an editor shows for Arabic text.
 * A line of 0 means "the whole file".
 */
public record SourcePosition(Path file, int line, int column) {

  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  /** The whole file, without a line. */
  public static SourcePosition of(Path file) {
    return new SourcePosition(file, 0, 0);
  }

  @Override
  public String toString() {
    String name = file.toString().replace('\\', '/');
    if (line == 0) {
      return name;
    }
    return column == 0 ? name + ":" + line : name + ":" + line + ":" + column;
  }
}
