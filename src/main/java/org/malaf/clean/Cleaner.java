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
 * <p>Low-confidence rule: every repair carries a confidence in [0, 1]. A chunk-order repair is applied when its
 * reading of the line scores higher than leaving the line as it is; its confidence is the logistic of the score
 * margin over the next-best different reading. Repairs below {@value ChunkOrderStep#LOW_CONFIDENCE} are still
 * applied (the best reading is more likely right than the damaged line) but are low-confidence: {@code malaf
 * check} lists them so an editor can confirm them or fix the text with a sidecar correction. An unmapped glyph
 * is reported with confidence 0.
 *
 * <p>Thread-safe: holds only immutable, shareable parts; each call works on its own draft.
 */
public final class Cleaner {

  private final List<CleanStep> steps;

  /** A cleaner that uses the statistics of each article alone. */
  public Cleaner() {
    this.steps = List.of(new DecodeStep(), new GlyphStep(), new UnicodeStep(), new KashidaStep(),
        new ChunkOrderStep(null), new ParagraphStep(), new PullQuoteStep(), new CorrectionStep());
  }

  public CleanArticle clean(RawArticle raw, Problems problems) {
    Draft draft = new Draft(raw, problems);
    for (CleanStep step : steps) {
      step.apply(draft);
    }
    return new CleanArticle(raw, draft.blocks, draft.repairs);
  }
}
