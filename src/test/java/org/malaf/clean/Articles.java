package org.malaf.clean;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.malaf.config.GlyphMap;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.Correction;
import org.malaf.ingest.RawArticle;
import org.malaf.ingest.Sidecar;

/** Builds raw articles for the clean tests, with the seeds' glyph map (digits and shadda). */
final class Articles {

  static final Path FILE = Path.of("seeds/test.txt");

  private Articles() {
  }

  static GlyphMap glyphs() {
    Map<Integer, String> g = new HashMap<>();
    g.put(0xE005, "0");
    for (int i = 0; i < 9; i++) {
      g.put(0xE008 + i, String.valueOf(i + 1));
    }
    g.put(0xE285, "\u0651");
    return new GlyphMap(g);
  }

  static RawArticle raw(String text, Correction... corrections) {
    Sidecar sidecar = new Sidecar(Path.of("seeds/test.yaml"), "test", "test", null, null, null, null, null,
        List.of(corrections), List.of());
    return new RawArticle(new ArticleId("test"), FILE, "UTF-8", text, sidecar, glyphs());
  }

  static CleanArticle clean(String text, Correction... corrections) {
    return new Cleaner().clean(raw(text, corrections), new Problems());
  }

  static Correction correction(String find, String replace) {
    return new Correction(find, replace, new SourcePosition(Path.of("seeds/test.yaml"), 3, 5));
  }

  static List<String> texts(CleanArticle article) {
    return article.blocks().stream().map(Block::text).toList();
  }
}
