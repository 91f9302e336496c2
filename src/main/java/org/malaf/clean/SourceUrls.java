package org.malaf.clean;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Recognises source URL lines and tells whether a URL was cut off in the middle of a percent escape. */
final class SourceUrls {

  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
  private static final Pattern CUT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]?$");

  private SourceUrls() {
  }

  static boolean isUrl(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    // Most lines are prose: only a line starting like a URL is worth the regex.
    return (line.startsWith("http", i) || line.startsWith("www.", i)) && URL.matcher(line.strip()).matches();
  }

  /**
   * True for "…%D8%B1%25" (a double-encoded escape cut after its %25), "…%D9%258", "…%D9" (a UTF-8 lead byte
   * without its continuation) or "…%" and "…%A": percent-decoding once shows the cut.
   */
  static boolean isTruncated(String url) {
    if (CUT_ESCAPE.matcher(url).find()) {
      return true;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '%' && isHex(url, i + 1) && isHex(url, i + 2)) {
        bytes.write(Integer.parseInt(url.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    byte[] decoded = bytes.toByteArray();
    try {
      String once = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded)).toString();
      return CUT_ESCAPE.matcher(once).find();
    } catch (CharacterCodingException e) {
      return true;
    }
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }
}
