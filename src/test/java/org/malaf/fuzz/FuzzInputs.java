package org.malaf.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.malaf.config.GlyphMap;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.RawArticle;
import org.malaf.ingest.Sidecar;

/** Turns a fuzzer's bytes into the stages' inputs; bytes, not Strings, so corpus files are plain UTF-8 text. */
final class FuzzInputs {

  static final Path ARTICLE = Path.of("seeds/fuzz.txt");
  static final Path SIDECAR = Path.of("seeds/fuzz.yaml");
  static final ArticleId ID = new ArticleId("fuzz");

  private FuzzInputs() {
  }

  /** The bytes as UTF-8, damaged sequences replaced, as the decoder would never pass them on. */
  static String text(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(data)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("REPLACE never throws", e);
    }
  }

  /** An article with a minimal sidecar, as ingest would hand it to the cleaner. */
  static RawArticle article(String text, GlyphMap glyphs) {
    Sidecar sidecar = new Sidecar(SIDECAR, "fuzz", "عنوان", null, "", "", "", GlyphMap.EMPTY, List.of(), List.of());
    return new RawArticle(ID, ARTICLE, "UTF-8", text, sidecar, glyphs);
  }
}
