package org.malaf.config;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.malaf.diag.Problems;

/** Reads a {@code glyphs:} mapping of {@code "U+E005": "0"} entries, reporting malformed keys with their position. */
public final class GlyphMapReader {

  private static final Pattern KEY = Pattern.compile("(?i)(?:U\\+|0x|\\\\u)?([0-9a-f]{4,6})");

  private GlyphMapReader() {
  }

  public static GlyphMap read(YamlNode glyphs, Problems problems) {
    if (glyphs == null) {
      return GlyphMap.EMPTY;
    }
    Map<Integer, String> map = new TreeMap<>();
    for (Map.Entry<String, YamlNode> entry : glyphs.fields().entrySet()) {
      String key = entry.getKey().trim();
      Matcher m = KEY.matcher(key);
      if (!m.matches()) {
        problems.error(glyphs.keyPosition(entry.getKey()), "glyph key '" + key + "' is not a code point",
            "write it as \"U+E005\"");
        continue;
      }
      int codePoint = Integer.parseInt(m.group(1), 16);
      YamlNode value = entry.getValue();
      if (!value.isScalar()) {
        problems.error(value.position(), "the glyph " + key + " must map to a text value",
            "write \"" + key + "\": \"0\"");
        continue;
      }
      if (!GlyphMap.isPrivateUse(codePoint)) {
        problems.warning(glyphs.keyPosition(entry.getKey()), "glyph " + key + " is not a private-use code point",
            "only private-use characters (U+E000–U+F8FF) are replaced");
      }
      map.put(codePoint, value.scalar());
    }
    return new GlyphMap(map);
  }
}
