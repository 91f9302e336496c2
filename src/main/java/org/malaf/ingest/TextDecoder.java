package org.malaf.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;

/**
 * Turns an article's bytes into text. Accepts UTF-8 (with or without BOM), UTF-16 with a BOM and
 * Windows-1256, the legacy Arabic code page; anything else, or binary data, is an error naming the file.
 */
public final class TextDecoder {

  /** Decoded text and the name of the encoding it was found in. */
  public record Decoded(String text, String charset) {
  }

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /**
   * Decodes the bytes; CRLF and CR line ends become LF, because they are how the file was saved, not
   * text: an article saved on Windows must build exactly like the same article saved with LF.
   */
  public Decoded decode(Path file, byte[] bytes) {
    Decoded decoded = decodeBytes(file, bytes);
    String text = decoded.text();
    if (text.indexOf('\r') < 0) {
      return decoded;
    }
    return new Decoded(text.replace("\r\n", "\n").replace('\r', '\n'), decoded.charset());
  }

  private Decoded decodeBytes(Path file, byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(strictUtf8(file, bytes, 3), "UTF-8 (BOM)");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file),
          "this is not a text file (a NUL byte at offset " + nul + ")",
          "give malaf the article as UTF-8 text; UTF-16 needs a byte-order mark"));
    }
    String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    if (mostlyUtf8(bytes)) {
      // A UTF-8 file with a few damaged bytes also decodes as Windows-1256, into mojibake: name the damage instead.
      throw notText(file, bytes);
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.equalsIgnoreCase("windows-1256") || name.equalsIgnoreCase("ISO-8859-6")) {
        // ISO-8859-6 letters are a subset at other positions; Windows-1256 is what Arabic Windows tools write.
        return new Decoded(strict(file, bytes, 0, name.equalsIgnoreCase("ISO-8859-6")
            ? Charset.forName("ISO-8859-6") : WINDOWS_1256), name);
      }
    }
    String cp1256 = tryDecode(bytes, 0, WINDOWS_1256);
    if (cp1256 != null && mostlyArabic(cp1256)) {
      return new Decoded(cp1256, "windows-1256");
    }
    throw notText(file, bytes);
  }

  private static BuildFailure notText(Path file, byte[] bytes) {
    int bad = firstMalformedUtf8(bytes);
    return new BuildFailure(Problem.error(utf8Position(file, bytes, bad),
        String.format("the text is not valid UTF-8 (byte 0x%02X here), UTF-16 or Windows-1256", bytes[bad] & 0xFF),
        "save the file as UTF-8 (most editors offer it under 'Save as…')"));
  }

  /**
   * True when well-formed UTF-8 sequences outnumber the stray high bytes. Windows-1256 Arabic almost
   * never forms a valid multi-byte sequence, so a file where most of them are valid is damaged UTF-8.
   */
  private static boolean mostlyUtf8(byte[] bytes) {
    int valid = 0;
    int stray = 0;
    for (int i = 0; i < bytes.length; ) {
      int b = bytes[i] & 0xFF;
      int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      boolean whole = length > 1 && i + length <= bytes.length;
      for (int k = 1; whole && k < length; k++) {
        whole = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (length == 1) {
        i++;
      } else if (whole) {
        valid++;
        i += length;
      } else {
        stray++;
        i++;
      }
    }
    return valid > stray;
  }

  /** The offset of the first byte that is not part of a well-formed UTF-8 sequence. */
  private static int firstMalformedUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return Math.max(0, bytes.length - 1);
      }
      out.clear();
    }
  }

  /** Line and code-point column of a byte offset, counting only the UTF-8 lead bytes before it on its line. */
  private static SourcePosition utf8Position(Path file, byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80 && bytes[i] != '\r') {
        column++;
      }
    }
    return new SourcePosition(file, line, column);
  }

  private static String strictUtf8(Path file, byte[] bytes, int offset) {
    return strict(file, bytes, offset, StandardCharsets.UTF_8);
  }

  private static String strict(Path file, byte[] bytes, int offset, Charset charset) {
    String text = tryDecode(bytes, offset, charset);
    if (text == null) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file),
          "the text is not valid " + charset.name() + " although it starts like it",
          "save the file again as UTF-8"));
    }
    return text;
  }

  private static String tryDecode(byte[] bytes, int offset, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean mostlyArabic(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long arabic = text.codePoints().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
    return letters > 0 && arabic * 2 >= letters;
  }
}
