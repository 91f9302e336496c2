package org.malaf.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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

  public Decoded decode(Path file, byte[] bytes) {
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
    throw new BuildFailure(Problem.error(SourcePosition.of(file),
        "the text is not valid UTF-8, UTF-16 or Windows-1256",
        "save the file as UTF-8 (most editors offer it under 'Save as…')"));
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
