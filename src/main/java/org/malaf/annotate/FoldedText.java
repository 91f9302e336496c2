package org.malaf.annotate;

import java.util.Objects;

/**
 * A text folded by {@link ArabicFolding} with the way back: a match found in {@link #folded()} maps to the
 * span of the original that produced it, diacritics and tatweel included, so it can be highlighted.
 */
public final class FoldedText {

  private final String original;
  private final String folded;
  private final int[] starts;
  private final int[] ends;

  FoldedText(String original, String folded, int[] starts, int[] ends) {
    this.original = Objects.requireNonNull(original, "original");
    this.folded = Objects.requireNonNull(folded, "folded");
    if (starts.length != folded.length() || ends.length != folded.length()) {
      throw new IllegalArgumentException("offset maps must have one entry per folded character");
    }
    this.starts = starts;
    this.ends = ends;
  }

  /** The text as written. */
  public String original() {
    return original;
  }

  /** The text folded for comparison. */
  public String folded() {
    return folded;
  }

  /** Where the original character that produced folded character {@code foldedIndex} starts. */
  public int originalStart(int foldedIndex) {
    if (foldedIndex == folded.length()) {
      return original.length();
    }
    return starts[foldedIndex];
  }

  /**
   * The end (exclusive) in the original of the folded range ending before {@code foldedEnd}: just after the
   * last folded character's source, including the marks and tatweel that follow it.
   */
  public int originalEnd(int foldedEnd) {
    if (foldedEnd == 0) {
      return folded.isEmpty() ? original.length() : starts[0];
    }
    return ends[foldedEnd - 1];
  }

  /** The original substring behind the folded range {@code [foldedStart, foldedEnd)}. */
  public String originalOf(int foldedStart, int foldedEnd) {
    if (foldedStart == foldedEnd) {
      return "";
    }
    return original.substring(originalStart(foldedStart), originalEnd(foldedEnd));
  }

  @Override
  public String toString() {
    return folded;
  }
}
