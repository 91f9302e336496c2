package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back lines whose chunks the extractor wrote in reverse order. {@link ChunkScorer} lists the readings
 * of each line that shows a sign of a cut; this step then chooses the readings of all lines together (a
 * Viterbi search along the text), since where a reversed line really began and ended shows in how it joins
 * the lines around it, which may be reversed too. Lines without a sign of a cut have one reading, so the
 * search costs next to nothing for them, and the whole step is linear in the article's size.
 *
 * <p>Low-confidence rule: the chosen reading of a line is applied; its confidence is the logistic of the
 * margin between the best overall reading with it and the best with another reading of that line. Repairs
 * below {@link #LOW_CONFIDENCE} are still applied but listed by {@code malaf check}.
 */
final class ChunkOrderStep implements CleanStep {

  /** Below this confidence a chunk-order repair is still applied (it beat leaving the line) but flagged. */
  static final double LOW_CONFIDENCE = 0.6;
  /** A line before a blank line with at most this many words and no final punctuation is a heading or caption. */
  private static final int SHORT_LINE = 5;

  private final double[] weights;

  /** The step as the cleaner runs it. */
  ChunkOrderStep() {
    this(Junctions.defaultWeights());
  }

  /** The step weighing junctions with {@code weights} (see {@link Junctions#WEIGHT_NAMES}), for tuning them. */
  ChunkOrderStep(double[] weights) {
    if (weights.length != Junctions.WEIGHT_NAMES.size()) {
      throw new IllegalArgumentException(weights.length + " weights for " + Junctions.WEIGHT_NAMES.size());
    }
    this.weights = weights.clone();
  }

  @Override
  public String name() {
    return "chunk-order";
  }

  @Override
  public void apply(Draft d) {
    int count = d.lines.size();
    List<List<Tok>> toks = new ArrayList<>(count);
    int chars = 0;
    for (Line line : d.lines) {
      chars += line.withKashida.length();
    }
    ArticleStats stats = new ArticleStats(chars);
    for (int i = 0; i < count; i++) {
      Line line = d.lines.get(i);
      List<Tok> t = line.isBlank() ? List.of() : Tok.split(line.withKashida, stats);
      toks.add(t);
      stats.addTokens(t);
    }
    Junctions junctions = new Junctions(stats, weights);
    ChunkScorer scorer = new ChunkScorer(stats, junctions);
    // The non-blank lines, in order, with their tokens described; then each with its readings.
    int[] index = new int[count];
    WordInfo[][] infos = new WordInfo[count][];
    boolean[] opaque = new boolean[count];
    boolean[] cut = new boolean[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      List<Tok> t = toks.get(i);
      if (t.isEmpty()) {
        continue;
      }
      WordInfo[] w = new WordInfo[t.size()];
      for (int k = 0; k < w.length; k++) {
        w[k] = stats.info(t.get(k).token());
      }
      boolean url = SourceUrls.isUrl(d.lines.get(i).text);
      boolean suspicious = !url && ChunkScorer.suspicious(t, w);
      index[n] = i;
      infos[n] = w;
      opaque[n] = url || t.size() > ChunkScorer.MAX_TOKENS;
      cut[n] = suspicious;
      n++;
    }
    if (n == 0) {
      return;
    }
    List<List<ChunkScorer.Reading>> readings = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      int i = index[j];
      List<Tok> t = toks.get(i);
      WordInfo[] w = infos[j];
      boolean alone = (i == 0 || d.lines.get(i - 1).isBlank()) && (i + 1 == count || d.lines.get(i + 1).isBlank());
      readings.add(cut[j] ? scorer.readings(t, w, alone) : List.of(scorer.asIs(t, w)));
    }
    Search search = new Search(readings, junctions, index, opaque);
    int[] choice = search.best();
    for (int j = 0; j < n; j++) {
      Line line = d.lines.get(index[j]);
      List<ChunkScorer.Reading> rs = readings.get(j);
      ChunkScorer.Reading r = rs.get(choice[j]);
      if (!r.reversed()) {
        line.text = Words.singleSpaced(line.text);
        continue;
      }
      String text = r.text();
      double confidence = search.confidence(j, choice[j]);
      String before = rs.get(0).text();
      line.text = text;
      d.repair(RepairKind.CHUNK_ORDER, line.number, 1, before, text, confidence);
    }
  }

  /**
   * The Viterbi search over the readings of the non-blank lines: forward (best score of the text up to line j
   * ending in reading h, with the reading before it) and backward (best score of the text after it).
   */
  private static final class Search {

    private final List<List<ChunkScorer.Reading>> readings;
    private final int n;
    /** The edge scores between each line's readings and the previous line's, used by both passes. */
    private final double[][][] edges;
    private final double[][] fwd;
    private final int[][] back;
    private final double[][] bwd;

    Search(List<List<ChunkScorer.Reading>> readings, Junctions junctions, int[] index, boolean[] opaque) {
      this.readings = readings;
      this.n = readings.size();
      this.edges = new double[n][][];
      for (int j = 1; j < n; j++) {
        edges[j] = edges(junctions, index, opaque, j - 1, readings.get(j - 1), readings.get(j));
      }
      this.fwd = new double[n][];
      this.back = new int[n][];
      this.bwd = new double[n][];
      forward(junctions);
      backward();
    }

    private void forward(Junctions junctions) {
      List<ChunkScorer.Reading> first = readings.get(0);
      fwd[0] = new double[first.size()];
      back[0] = new int[first.size()];
      for (int h = 0; h < first.size(); h++) {
        fwd[0][h] = first.get(h).local() + startEdge(junctions, first.get(h));
      }
      for (int j = 1; j < n; j++) {
        List<ChunkScorer.Reading> rs = readings.get(j);
        fwd[j] = new double[rs.size()];
        back[j] = new int[rs.size()];
        // For each reading h, the first reading g of the line before with the best score (rows of e in order).
        double[][] e = edges[j];
        double[] best = new double[rs.size()];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int g = 0; g < e.length; g++) {
          double f = fwd[j - 1][g];
          double[] row = e[g];
          for (int h = 0; h < row.length; h++) {
            double v = f + row[h];
            if (v > best[h]) {
              best[h] = v;
              back[j][h] = g;
            }
          }
        }
        for (int h = 0; h < rs.size(); h++) {
          fwd[j][h] = best[h] + rs.get(h).local();
        }
      }
    }

    private void backward() {
      List<ChunkScorer.Reading> last = readings.get(n - 1);
      bwd[n - 1] = new double[last.size()];
      for (int h = 0; h < last.size(); h++) {
        bwd[n - 1][h] = endEdge(last.get(h));
      }
      for (int j = n - 2; j >= 0; j--) {
        double[][] e = edges[j + 1];
        // The best of the text after line j+1 plus that line's own score, for each of its readings.
        double[] ahead = new double[bwd[j + 1].length];
        for (int g = 0; g < ahead.length; g++) {
          ahead[g] = bwd[j + 1][g] + readings.get(j + 1).get(g).local();
        }
        bwd[j] = new double[e.length];
        for (int h = 0; h < e.length; h++) {
          double best = Double.NEGATIVE_INFINITY;
          double[] row = e[h];
          for (int g = 0; g < ahead.length; g++) {
            double v = ahead[g] + row[g];
            best = Math.max(best, v);
          }
          bwd[j][h] = best;
        }
      }
    }

    /** The chosen reading of every line: the best path through the text. */
    int[] best() {
      int[] choice = new int[n];
      double best = Double.NEGATIVE_INFINITY;
      for (int h = 0; h < fwd[n - 1].length; h++) {
        double v = fwd[n - 1][h] + bwd[n - 1][h];
        if (v > best) {
          best = v;
          choice[n - 1] = h;
        }
      }
      for (int j = n - 1; j > 0; j--) {
        choice[j - 1] = back[j][choice[j]];
      }
      return choice;
    }

    /** The logistic of the margin of reading h of line j over the best reading with a different text. */
    double confidence(int j, int h) {
      List<ChunkScorer.Reading> rs = readings.get(j);
      double chosen = fwd[j][h] + bwd[j][h];
      double other = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < rs.size(); k++) {
        if (k != h && !rs.get(k).sameText(rs.get(h))) {
          other = Math.max(other, fwd[j][k] + bwd[j][k]);
        }
      }
      return other == Double.NEGATIVE_INFINITY ? 1.0 : 1.0 / (1.0 + Math.exp(-(chosen - other)));
    }
  }

  /** The first line of the text starts a sentence. */
  private static double startEdge(Junctions junctions, ChunkScorer.Reading r) {
    return junctions.score(Junctions.BOUNDARY, r.first(), null, null);
  }

  /** The last line of the text ends one. */
  private static double endEdge(ChunkScorer.Reading r) {
    return r.last().has(WordInfo.TERMINAL) ? 1 : -1;
  }

  /**
   * The edge scores between every reading of non-blank line j and every reading of line j+1. (Readings of a
   * line rarely share their last or first word, so weighing each pair of readings costs less than finding the
   * pairs of words that recur.)
   */
  private static double[][] edges(Junctions junctions, int[] index, boolean[] opaque, int j,
      List<ChunkScorer.Reading> ps, List<ChunkScorer.Reading> rs) {
    double[][] e = new double[ps.size()][rs.size()];
    for (int g = 0; g < ps.size(); g++) {
      ChunkScorer.Reading a = ps.get(g);
      double[] row = e[g];
      for (int h = 0; h < row.length; h++) {
        row[h] = edge(junctions, index, opaque, j, a, rs.get(h));
      }
    }
    return e;
  }

  /** How reading b of non-blank line j+1 follows reading a of non-blank line j. */
  private static double edge(Junctions junctions, int[] index, boolean[] opaque, int j,
      ChunkScorer.Reading a, ChunkScorer.Reading b) {
    if (opaque[j] || opaque[j + 1]) {
      return 0;
    }
    boolean blank = index[j + 1] - index[j] > 1;
    WordInfo x = a.last();
    WordInfo y = b.first();
    if (!blank) {
      return junctions.score(x, y, a.raw(), b.raw());
    }
    if (x.sentenceEnd() || (x.has(WordInfo.CLOSE) && x.has(WordInfo.TERMINAL))) {
      return 0.5 + junctions.score(x, y, a.raw(), b.raw());   // a paragraph may end here
    }
    if (a.raw().length <= SHORT_LINE) {
      return junctions.score(Junctions.BOUNDARY, y, null, null);   // after a heading or a caption
    }
    return junctions.score(x, y, a.raw(), b.raw());   // a paragraph's last line set apart by a blank line
  }
}
