package org.malaf.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.clean.CleanArticle;

/**
 * Turns an article's source URL blocks into numbered footnotes whose marker sits at the end of the
 * paragraph just before each run of URLs, where the author placed them; immutable and thread-safe.
 *
 * <p>The paragraph is the nearest PARAGRAPH block before the run: pull quotes, captions and headings that
 * the layout dropped between the text and its sources are skipped, because they are display elements, not
 * the author's cited sentence. A run with no paragraph before it still gets numbers but no marker. The same
 * URL (compared byte for byte) keeps one number; each distinct paragraph citing it adds a back-reference.
 */
public final class SourceExtractor {

  private final Publishers publishers;

  /** An extractor labelling sources with the built-in publisher table. */
  public SourceExtractor() {
    this(Publishers.defaults());
  }

  /** An extractor labelling sources with {@code publishers}. */
  public SourceExtractor(Publishers publishers) {
    this.publishers = publishers;
  }

  /** The article's footnotes, numbered in order of first citation. */
  public List<Footnote> extract(CleanArticle article) {
    Map<String, List<Integer>> citing = new LinkedHashMap<>();
    List<Block> blocks = article.blocks();
    int cited = -1;
    for (int i = 0; i < blocks.size(); i++) {
      BlockType type = blocks.get(i).type();
      if (type == BlockType.PARAGRAPH) {
        cited = i;
      } else if (type == BlockType.SOURCE) {
        List<Integer> refs = citing.computeIfAbsent(blocks.get(i).text(), url -> new ArrayList<>());
        if (cited >= 0 && !refs.contains(cited)) {
          refs.add(cited);
        }
      }
    }
    List<Footnote> out = new ArrayList<>(citing.size());
    for (Map.Entry<String, List<Integer>> e : citing.entrySet()) {
      out.add(new Footnote(out.size() + 1, SourceUrl.parse(e.getKey(), publishers), e.getValue()));
    }
    return out;
  }
}
