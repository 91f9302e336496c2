package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back lines whose chunks the extractor wrote in reverse order. Which lines, and where their chunks
 * start, is decided by {@link ChunkScorer} from the evidence in the line, its neighbours and the article.
 */
final class ChunkOrderStep implements CleanStep {

  /** Below this confidence a chunk-order repair is still applied (it beat leaving the line) but flagged. */
  static final double LOW_CONFIDENCE = 0.6;

  private final ArticleStats background;

  ChunkOrderStep(ArticleStats background) {
    this.background = background;
  }

  @Override
  public String name() {
    return "chunk-order";
  }

  @Override
  public void apply(Draft d) {
    List<List<Tok>> toks = new ArrayList<>();
    ArticleStats stats = new ArticleStats(background);
    for (Line line : d.lines) {
      List<Tok> t = line.isBlank() ? List.of() : Tok.split(line.withKashida);
      toks.add(t);
      stats.addLine(t.stream().map(Tok::text).toList());
    }
    ChunkScorer scorer = new ChunkScorer(stats);
    String previousEnd = null;
    for (int i = 0; i < d.lines.size(); i++) {
      Line line = d.lines.get(i);
      List<Tok> t = toks.get(i);
      if (t.isEmpty()) {
        continue;
      }
      String next = null;
      for (int j = i + 1; j < toks.size() && next == null; j++) {
        next = toks.get(j).isEmpty() ? null : toks.get(j).get(0).text();
      }
      boolean alone = (i == 0 || d.lines.get(i - 1).isBlank()) && (i + 1 == d.lines.size() || d.lines.get(i + 1).isBlank());
      ChunkScorer.Choice c = scorer.choose(t, previousEnd, next, alone);
      if (c.reversed()) {
        String before = String.join(" ", t.stream().map(Tok::text).toList());
        line.text = c.text();
        d.repair(RepairKind.CHUNK_ORDER, line.number, 1, before, c.text(), c.confidence());
      } else {
        line.text = String.join(" ", line.text.strip().split("\\s+"));
      }
      String[] words = line.text.split(" ");
      previousEnd = words[words.length - 1];
    }
  }
}
