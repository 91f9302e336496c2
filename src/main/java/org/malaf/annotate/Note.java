package org.malaf.annotate;

import java.util.Objects;
import org.malaf.diag.SourcePosition;

/**
 * An editor's annotation anchored in the cleaned text: its number, the block and span {@code [start,end)}
 * of the quote (UTF-16 offsets into that block's text), the Markdown note, and where the sidecar declared it.
 *
 * <p>Notes are numbered 1, 2, 3 … in text order (block, then start), not in the sidecar's order, so the
 * numbers read in order down the page. Their markers are {@code [ملاحظة 1]} with Latin digits, a sequence
 * apart from the sources' {@code [1]} (see {@link Footnote}), named so a reader never confuses the two. Two notes never share a character of
 * the text: an overlapping or nested quote is an error, so each highlighted span has exactly one note and
 * the page can wrap it in one element. Ids: the highlighted quote and its marker {@code note-ref-N}, the
 * note in the list {@code note-N}.
 */
public record Note(int number, int block, int start, int end, String quote, String noteMd, SourcePosition declaredAt) {

  public Note {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(noteMd, "noteMd");
    Objects.requireNonNull(declaredAt, "declaredAt");
    if (number < 1 || block < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad note " + number + " at " + block + ":" + start + "-" + end);
    }
  }

  /** The id of the note in the notes list: {@code note-N}. */
  public String noteId() {
    return "note-" + number;
  }

  /** The id of the note's marker in the text (the back-reference's target): {@code note-ref-N}. */
  public String markerId() {
    return "note-ref-" + number;
  }

  /** The marker's visible text: {@code [ملاحظة 1]}. */
  public String markerText() {
    return "[ملاحظة " + number + "]";
  }

  /** True when this note's span shares at least one character with {@code other}'s. */
  public boolean overlaps(Note other) {
    return block == other.block && start < other.end && other.start < end;
  }
}
