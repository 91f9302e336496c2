package org.malaf.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.malaf.diag.BuildFailure;

class TextDecoderTest {

  private static final String ARABIC = "وصل الوفد إلى العاصمة صباح اليوم لإجراء مباحثات مع المسؤولين حول الأوضاع الراهنة في البلاد.";
  private final TextDecoder decoder = new TextDecoder();
  private final Path file = Path.of("seeds/a.txt");

  @Test
  void readsUtf8WithAndWithoutBom() {
    byte[] plain = ARABIC.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertThat(decoder.decode(file, plain).text()).isEqualTo(ARABIC);
    assertThat(decoder.decode(file, bom).text()).isEqualTo(ARABIC);
  }

  @Test
  void readsUtf16WithBom() {
    byte[] bytes = ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16LE);
    TextDecoder.Decoded decoded = decoder.decode(file, bytes);
    assertThat(decoded.text()).isEqualTo(ARABIC);
    assertThat(decoded.charset()).isEqualTo("UTF-16LE");
  }

  @Test
  void recognisesWindows1256() {
    byte[] bytes = ARABIC.getBytes(Charset.forName("windows-1256"));
    TextDecoder.Decoded decoded = decoder.decode(file, bytes);
    assertThat(decoded.text()).isEqualTo(ARABIC);
    assertThat(decoded.charset()).isEqualToIgnoringCase("windows-1256");
  }

  @Test
  void refusesBinaryDataNamingTheFile() {
    assertThatThrownBy(() -> decoder.decode(file, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00}))
        .isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.problems().get(0).format())
            .isEqualTo("seeds/a.txt: error: this is not a text file (a NUL byte at offset 4)"
                + " — give malaf the article as UTF-8 text; UTF-16 needs a byte-order mark"));
  }
}
