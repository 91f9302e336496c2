package org.malaf.clean;

import java.util.List;
import org.malaf.diag.Problems;
import org.malaf.ingest.RawArticle;

/**
 * The clean stage: turns a raw article into blocks of the author's words plus a report of every repair.
 *
 * <p>Steps, in order: decode (BOM, CR/CRLF, bidi controls, zero-width and no-break spaces) → glyphs (private-use
 * characters through the glyph map; unmapped ones are warned about, reported and dropped) → unicode
 * (presentation forms unshaped, then NFKC on presentation forms only) → kashida → chunk order → paragraphs
 * (with headings, captions, sources) → display (pull quotes) → corrections.
 *
 * <p>Low-confidence rule: every repair carries a confidence in [0, 1]. Chunk order is decided for all lines
 * together: each line that shows a sign of a cut gets its readings (as it stands, or its chunks put back with
 * the line starting at each possible word), and the readings of neighbouring lines are chosen jointly to make
 * the most plausible text (word pairs seen in the article, punctuation, and the grammar that spelling shows:
 * articles, conjunctions, prepositions, particles, demonstratives, adjective agreement). The best reading is
 * applied; its confidence is the logistic of its margin over the best different reading of that line. Repairs
 * below {@value ChunkOrderStep#LOW_CONFIDENCE} are still applied (the best reading is more likely right than the
 * damaged line) but are low-confidence: {@code malaf check} lists them so an editor can confirm them or fix the
 * text with a sidecar correction. An unmapped glyph is reported with confidence 0.
 *
 * <p>Thread-safe: holds only immutable, shareable parts; each call works on its own draft.
 */
public final class Cleaner {

  private final List<CleanStep> steps;

  /** A cleaner that uses the statistics of each article alone. */
  public Cleaner() {
    this.steps = List.of(new DecodeStep(), new GlyphStep(), new UnicodeStep(), new KashidaStep(),
        new ChunkOrderStep(), new ParagraphStep(), new PullQuoteStep(), new CorrectionStep());
  }

  public CleanArticle clean(RawArticle raw, Problems problems) {
    Draft draft = new Draft(raw, problems);
    for (CleanStep step : steps) {
      step.apply(draft);
    }
    return new CleanArticle(raw, draft.blocks, draft.repairs);
  }
}
