package org.malaf.clean;

/**
 * Undoes what text extraction and editors leave around the words: a byte-order mark, CRLF or CR line
 * ends, stray bidi controls, zero-width spaces and no-break spaces. Splits the text into lines.
 */
final class DecodeStep implements CleanStep {

  @Override
  public String name() {
    return "decode";
  }

  @Override
  public void apply(Draft d) {
    String text = d.text;
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      d.repair(RepairKind.DECODE, 1, 1, "U+FEFF", "", 1.0);
      text = text.substring(1);
    }
    if (text.indexOf('\r') >= 0) {
      // CR alone is a line end too (old Mac files); CRLF must not count twice.
      d.repair(RepairKind.DECODE, 1, 1, text.contains("\r\n") ? "CRLF" : "CR", "LF", 1.0);
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    String[] raw = text.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      Line line = new Line(i + 1, cleanLine(d, i + 1, raw[i]));
      line.leadingSpace = !line.text.isEmpty() && Character.isWhitespace(line.text.charAt(0));
      d.lines.add(line);
    }
    d.text = null;
  }

  private static String cleanLine(Draft d, int number, String line) {
    if (!hasSpecial(line)) {
      return line;   // most lines: nothing to replace, no need to count columns
    }
    StringBuilder out = null;
    int col = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      col++;
      String replacement = replacement(cp);
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(line.length()).append(line, 0, i);
        }
        out.append(replacement);
        d.repair(RepairKind.DECODE, number, col, String.format("U+%04X", cp), replacement, 1.0);
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out == null ? line : out.toString();
  }

  /** The line holds a character that {@link #replacement} replaces (all of them are in the BMP). */
  private static boolean hasSpecial(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c == 0x00A0 || (c >= 0x2007 && c <= 0x2069) || c == 0xFEFF) && replacement(c) != null) {
        return true;
      }
    }
    return false;
  }

  /** What an invisible or special space becomes, or null to keep the character. */
  static String replacement(int cp) {
    switch (cp) {
      case 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
          0x200B, 0xFEFF:
        return "";
      case 0x00A0, 0x202F, 0x2007:
        return " ";
      default:
        return null;
    }
  }
}
