package org.malaf.clean;

/** One raw line while it is being cleaned: its 1-based raw number and its current text. */
final class Line {

  final int number;
  /** The current text; steps replace it as they repair. */
  String text;
  /** The text as it was before kashida were removed, kept because a kashida at a word's edge marks a cut word. */
  String withKashida;
  int kashida;
  /** The raw line started with white space (captions and some reversed lines do). */
  boolean leadingSpace;

  Line(int number, String text) {
    this.number = number;
    this.text = text;
    this.withKashida = text;
  }

  boolean isBlank() {
    return text.isBlank();
  }

  @Override
  public String toString() {
    return number + ": " + text;
  }
}
