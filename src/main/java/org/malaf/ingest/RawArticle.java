package org.malaf.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.malaf.config.GlyphMap;

/**
 * A seed article as read from disk: its bytes decoded ({@code charset} names how), nothing repaired.
 * {@code glyphs} is the dossier's glyph map with the sidecar's overrides applied.
 */
public record RawArticle(ArticleId id, Path file, String charset, String text, Sidecar sidecar, GlyphMap glyphs) {

  public RawArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sidecar, "sidecar");
    glyphs = glyphs == null ? GlyphMap.EMPTY : glyphs;
  }
}
