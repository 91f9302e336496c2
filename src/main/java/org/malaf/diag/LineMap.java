package org.malaf.diag;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Maps UTF-16 offsets in a text to 1-based line and code-point column, as jsoup's and Hugo's error
 * positions do. Lines end at LF; a CR before it counts as part of the line end.
 */
public final class LineMap {

  private final String text;
  private final int[] lineStarts;

  public LineMap(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The 1-based line holding the offset. */
  public int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based column of the offset, counted in code points. */
  public int column(int offset) {
    int start = lineStarts[line(offset) - 1];
    return text.codePointCount(start, Math.min(offset, text.length())) + 1;
  }

  public SourcePosition position(Path file, int offset) {
    return new SourcePosition(file, line(offset), column(offset));
  }

  public int lineCount() {
    return lineStarts.length;
  }
}
