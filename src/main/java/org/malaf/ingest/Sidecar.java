package org.malaf.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.malaf.config.GlyphMap;

/** The parsed {@code <article>.yaml}: an article's metadata, glyph overrides, corrections and annotations. */
public record Sidecar(
    Path file,
    String slug,
    String title,
    LocalDate date,
    String author,
    String publisher,
    String source,
    GlyphMap glyphs,
    List<Correction> corrections,
    List<AnnotationSpec> annotations) {

  public Sidecar {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    author = author == null ? "" : author;
    publisher = publisher == null ? "" : publisher;
    source = source == null ? "" : source;
    glyphs = glyphs == null ? GlyphMap.EMPTY : glyphs;
    corrections = List.copyOf(corrections);
    annotations = List.copyOf(annotations);
  }
}
