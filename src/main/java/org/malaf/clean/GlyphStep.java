package org.malaf.clean;

import org.malaf.config.GlyphMap;

/**
 * Maps the private-use characters of the PDF's font through the glyph map. An unmapped one is a warning
 * and a report entry, and is kept out of the text: a built page must hold no private-use character.
 */
final class GlyphStep implements CleanStep {

  @Override
  public String name() {
    return "glyphs";
  }

  @Override
  public void apply(Draft d) {
    GlyphMap map = d.raw.glyphs();
    for (Line line : d.lines) {
      String t = line.text;
      if (!hasPrivateUse(t)) {
        continue;
      }
      StringBuilder out = new StringBuilder(t.length());
      int col = 0;
      for (int i = 0; i < t.length(); ) {
        int cp = t.codePointAt(i);
        col++;
        if (!GlyphMap.isPrivateUse(cp)) {
          out.appendCodePoint(cp);
          i += Character.charCount(cp);
          continue;
        }
        // A run of private-use characters is reported once: "U+E009 U+E005" → "20".
        int startCol = col;
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        boolean unmapped = false;
        while (i < t.length() && GlyphMap.isPrivateUse(t.codePointAt(i))) {
          int c = t.codePointAt(i);
          String mapped = map.lookup(c);
          if (mapped == null) {
            unmapped = true;
            String hex = codePoint(c);
            d.problems.warning(d.at(line.number, col), "unmapped private-use character " + hex,
                "add it to 'glyphs' in dossier.yaml or in the article's sidecar");
            d.repair(RepairKind.UNMAPPED_GLYPH, line.number, col, hex, "", 0.0);
          } else {
            before.append(before.length() == 0 ? "" : " ").append(codePoint(c));
            after.append(mapped);
          }
          i += Character.charCount(c);
          col++;
        }
        col--;
        if (before.length() > 0) {
          d.repair(RepairKind.GLYPH, line.number, startCol, before.toString(), after.toString(), unmapped ? 0.5 : 1.0);
        }
        out.append(after);
      }
      line.text = out.toString();
    }
  }

  /** "U+E009": what {@code String.format("U+%04X", c)} gives, without a formatter per glyph. */
  static String codePoint(int c) {
    String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "U+" + "0000".substring(Math.min(4, hex.length())) + hex;
  }

  private static boolean hasPrivateUse(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      // Private-use characters are E000–F8FF or, in planes 15 and 16, surrogate pairs: only those need a closer look.
      if ((c >= 0xE000 && c <= 0xF8FF) || (Character.isHighSurrogate(c) && GlyphMap.isPrivateUse(t.codePointAt(i)))) {
        return true;
      }
    }
    return false;
  }
}
