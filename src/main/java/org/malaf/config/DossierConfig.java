package org.malaf.config;

import java.util.Objects;

/**
 * The parsed {@code seeds/dossier.yaml}: the dossier's title, Markdown description, language, the base
 * URL it is published under (empty when unknown) and the glyph map of its source font.
 */
public record DossierConfig(String title, String descriptionMd, String language, String baseUrl, GlyphMap glyphs) {

  public DossierConfig {
    Objects.requireNonNull(title, "title");
    descriptionMd = descriptionMd == null ? "" : descriptionMd;
    language = language == null || language.isBlank() ? "ar" : language;
    baseUrl = baseUrl == null ? "" : baseUrl;
    glyphs = glyphs == null ? GlyphMap.EMPTY : glyphs;
  }

  /** The same configuration published under another base URL (the {@code --base-url} flag wins). */
  public DossierConfig withBaseUrl(String url) {
    return new DossierConfig(title, descriptionMd, language, url, glyphs);
  }
}
