package org.malaf.clean;

/** Removes kashida (U+0640), the stretching stroke of justified lines; counts them, as justified lines carry them. */
final class KashidaStep implements CleanStep {

  static final char KASHIDA = '\u0640';

  @Override
  public String name() {
    return "kashida";
  }

  @Override
  public void apply(Draft d) {
    for (Line line : d.lines) {
      String text = line.text;
      line.withKashida = text;
      int firstAt = text.indexOf(KASHIDA);
      if (firstAt < 0) {
        continue;
      }
      // One pass: the line without kashida, and the words (between single spaces) that carry kashida, as they
      // were and without them.
      char[] stripped = new char[text.length()];
      int length = 0;
      StringBuilder before = new StringBuilder();
      StringBuilder after = new StringBuilder();
      int count = 0;
      int wordStart = 0;
      int strippedStart = 0;
      int inWord = 0;
      for (int k = 0; k <= text.length(); k++) {
        char c = k < text.length() ? text.charAt(k) : ' ';
        if (c == KASHIDA) {
          inWord++;
          continue;
        }
        if (c != ' ') {
          stripped[length++] = c;
          continue;
        }
        if (inWord > 0) {
          if (before.length() > 0) {
            before.append(' ');
            after.append(' ');
          }
          before.append(text, wordStart, k);
          after.append(stripped, strippedStart, length - strippedStart);
          count += inWord;
        }
        if (k < text.length()) {
          stripped[length++] = ' ';
        }
        wordStart = k + 1;
        strippedStart = length;
        inWord = 0;
      }
      line.kashida = count;
      line.text = new String(stripped, 0, length);
      d.repair(RepairKind.KASHIDA, line.number, firstAt + 1, before.toString(), after.toString(), 1.0);
    }
  }
}
