package org.malaf.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the private-use code points of a PDF's font stand for (U+E005 → "0", U+E285 → shadda …).
 * The map is configuration, not code, because each source font uses its own codes.
 */
public record GlyphMap(Map<Integer, String> byCodePoint) {

  public static final GlyphMap EMPTY = new GlyphMap(Map.of());

  public GlyphMap {
    byCodePoint = Map.copyOf(byCodePoint);
  }

  /** The replacement text, or null when the code point is not mapped. */
  public String lookup(int codePoint) {
    return byCodePoint.get(codePoint);
  }

  public boolean isEmpty() {
    return byCodePoint.isEmpty();
  }

  /** This map with {@code overrides} taking precedence (an article's sidecar over the dossier's map). */
  public GlyphMap overriddenBy(GlyphMap overrides) {
    if (overrides.isEmpty()) {
      return this;
    }
    Map<Integer, String> merged = new TreeMap<>(byCodePoint);
    merged.putAll(overrides.byCodePoint);
    return new GlyphMap(merged);
  }

  /** True for the Unicode private-use areas, where PDF fonts put glyphs that have no character. */
  public static boolean isPrivateUse(int codePoint) {
    return (codePoint >= 0xE000 && codePoint <= 0xF8FF)
        || (codePoint >= 0xF0000 && codePoint <= 0xFFFFD)
        || (codePoint >= 0x100000 && codePoint <= 0x10FFFD);
  }
}
