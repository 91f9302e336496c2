package org.malaf.annotate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient percent-decoding of source URLs for reading, with detection of URLs cut mid-escape; never throws.
 *
 * <p>Not {@link java.net.URLDecoder}: that applies form semantics ('+' becomes a space) and throws on a
 * malformed escape. Not {@link java.net.URI}: it rejects the truncated URLs the seeds carry. The rule is the
 * one browsers use for their address bar: decode what makes the URL readable (UTF-8 sequences, unreserved
 * ASCII), keep escaped what would change how the URL reads ({@code %2F %3F %23 %25 %20 …}), controls and
 * bidi/format characters (so a URL can't reorder the text around it), and bytes that are not UTF-8.
 */
final class UrlDecoding {

  /** The decoded text and whether the URL was found cut off (the text then ends with «…»). */
  record Decoded(String text, boolean truncated) {
  }

  /** The ellipsis appended to a truncated URL's readable form. */
  static final String ELLIPSIS = "…";

  /**
   * A cut escape at the very end: a bare {@code %} or {@code %X}, or the same re-encoded by a tool that
   * escaped the lone '%' again ({@code %25}, {@code %25X}: seed 002 ends two URLs this way). A URL really
   * ending in an encoded percent sign is far rarer than this damage, so a final {@code %25} counts as a cut.
   */
  private static final Pattern CUT_TAIL = Pattern.compile("(?:%25[0-9A-Fa-f]?|%[0-9A-Fa-f]?)\\z");

  private static final String UNRESERVED_PUNCT = "-._~";

  private UrlDecoding() {
  }

  /** Decodes {@code raw} for reading; a URL cut inside an escape or a UTF-8 sequence is marked truncated. */
  static Decoded decode(String raw) {
    String s = raw;
    boolean truncated = false;
    for (Matcher m = CUT_TAIL.matcher(s); m.find(); m = CUT_TAIL.matcher(s)) {
      s = s.substring(0, m.start());
      truncated = true;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      if (!isEscapeAt(s, i)) {
        out.append(s.charAt(i++));
        continue;
      }
      int runEnd = i;
      while (isEscapeAt(s, runEnd)) {
        runEnd += 3;
      }
      if (decodeRun(s, i, runEnd, out, runEnd == s.length())) {
        truncated = true;
      }
      i = runEnd;
    }
    if (truncated) {
      out.append(ELLIPSIS);
    }
    return new Decoded(out.toString(), truncated);
  }

  /**
   * The raw URL made valid for an {@code href} attribute (the HTML validator rejects a bare '%', spaces and
   * raw non-ASCII): valid escapes and ASCII stay byte for byte, everything else is percent-encoded.
   */
  static String hrefSafe(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      if (cp == '%') {
        out.append(isEscapeAt(raw, i) ? "%" : "%25");
      } else if (cp > 0x20 && cp < 0x7F && "\"<>\\^`{|}".indexOf(cp) < 0) {
        out.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          appendEscape(out, b & 0xFF);
        }
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Decodes the escapes {@code s[from, to)} (all {@code %XX}) into {@code out}; returns true when the run
   * ends the URL with an incomplete UTF-8 sequence, which is then dropped because the URL was cut there.
   */
  private static boolean decodeRun(String s, int from, int to, StringBuilder out, boolean endsUrl) {
    int n = (to - from) / 3;
    int[] bytes = new int[n];
    for (int k = 0; k < n; k++) {
      bytes[k] = Integer.parseInt(s, from + 3 * k + 1, from + 3 * k + 3, 16);
    }
    int k = 0;
    while (k < n) {
      int b = bytes[k];
      int len = sequenceLength(b);
      if (len == 1) {
        appendAscii(out, s, from + 3 * k, b);
        k++;
        continue;
      }
      int have = continuationCount(bytes, k + 1, Math.min(n, k + len));
      if (len > 1 && have == len - 1) {
        String decoded = utf8(bytes, k, len);
        if (decoded != null && isReadable(decoded.codePointAt(0))) {
          out.append(decoded);
        } else {
          out.append(s, from + 3 * k, from + 3 * (k + len));
        }
        k += len;
      } else if (len > 1 && endsUrl && k + 1 + have == n) {
        return true;
      } else {
        out.append(s, from + 3 * k, from + 3 * k + 3);
        k++;
      }
    }
    return false;
  }

  private static void appendAscii(StringBuilder out, String s, int at, int b) {
    boolean unreserved = Character.isLetterOrDigit(b) || UNRESERVED_PUNCT.indexOf(b) >= 0;
    if (unreserved) {
      out.append((char) b);
    } else {
      out.append(s, at, at + 3);
    }
  }

  /** 1 for ASCII, 2–4 for a UTF-8 lead byte, 0 for a byte that can't start a sequence. */
  private static int sequenceLength(int b) {
    if (b < 0x80) {
      return 1;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      return 2;
    }
    if (b >= 0xE0 && b <= 0xEF) {
      return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
      return 4;
    }
    return 0;
  }

  private static int continuationCount(int[] bytes, int from, int to) {
    int count = 0;
    for (int k = from; k < to && (bytes[k] & 0xC0) == 0x80; k++) {
      count++;
    }
    return count;
  }

  /** The sequence decoded, or null if it is not well-formed UTF-8 (overlong, surrogate, above U+10FFFF). */
  private static String utf8(int[] bytes, int from, int len) {
    byte[] b = new byte[len];
    for (int k = 0; k < len; k++) {
      b[k] = (byte) bytes[from + k];
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Letters, marks, digits, punctuation and symbols; not controls, format (bidi) or space characters. */
  private static boolean isReadable(int cp) {
    int type = Character.getType(cp);
    return type != Character.CONTROL && type != Character.FORMAT && type != Character.PRIVATE_USE
        && type != Character.UNASSIGNED && type != Character.SURROGATE && !Character.isWhitespace(cp)
        && !Character.isSpaceChar(cp);
  }

  private static boolean isEscapeAt(String s, int i) {
    return i + 2 < s.length() && s.charAt(i) == '%' && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static void appendEscape(StringBuilder out, int b) {
    out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
  }
}
