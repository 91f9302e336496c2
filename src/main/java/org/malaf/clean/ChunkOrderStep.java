package org.malaf.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
  /** Development aids: MALAF_CHUNK_DEBUG prints the best readings of every repaired line, ..._ALL all of them. */
  private static final boolean DEBUG = System.getenv("MALAF_CHUNK_DEBUG") != null;
  private static final boolean DEBUG_ALL = System.getenv("MALAF_CHUNK_DEBUG_ALL") != null;

  @Override
  public String name() {
    return "chunk-order";
  }

  @Override
  public void apply(Draft d) {
    int count = d.lines.size();
    List<List<Tok>> toks = new ArrayList<>(count);
    ArticleStats stats = new ArticleStats();
    for (Line line : d.lines) {
      List<Tok> t = line.isBlank() ? List.of() : Tok.split(line.withKashida);
      toks.add(t);
      List<String> texts = new ArrayList<>(t.size());
      for (Tok k : t) {
        texts.add(k.text());
      }
      stats.addLine(texts, true);
    }
    Junctions junctions = new Junctions(stats);
    ChunkScorer scorer = new ChunkScorer(stats, junctions);
    // The non-blank lines, in order, with their tokens described; then each with its readings.
    List<Integer> index = new ArrayList<>();
    List<WordInfo[]> infos = new ArrayList<>();
    List<Boolean> opaque = new ArrayList<>();
    List<Boolean> cut = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Tok> t = toks.get(i);
      if (t.isEmpty()) {
        continue;
      }
      WordInfo[] w = new WordInfo[t.size()];
      for (int k = 0; k < w.length; k++) {
        w[k] = stats.info(t.get(k).text());
      }
      boolean url = SourceUrls.isUrl(d.lines.get(i).text);
      boolean suspicious = !url && ChunkScorer.suspicious(t, w);
      index.add(i);
      infos.add(w);
      opaque.add(url || t.size() > ChunkScorer.MAX_TOKENS);
      cut.add(suspicious);
    }
    int n = index.size();
    if (n == 0) {
      return;
    }
    List<List<ChunkScorer.Reading>> readings = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      int i = index.get(j);
      List<Tok> t = toks.get(i);
      WordInfo[] w = infos.get(j);
      boolean alone = (i == 0 || d.lines.get(i - 1).isBlank()) && (i + 1 == count || d.lines.get(i + 1).isBlank());
      readings.add(cut.get(j) ? scorer.readings(t, w, alone) : List.of(scorer.asIs(t, w)));
    }
    // Forward (best score of the text up to line j ending in reading h) and backward passes.
    double[][] fwd = new double[n][];
    int[][] back = new int[n][];
    for (int j = 0; j < n; j++) {
      List<ChunkScorer.Reading> rs = readings.get(j);
      fwd[j] = new double[rs.size()];
      back[j] = new int[rs.size()];
      double[][] e = j == 0 ? null : edges(junctions, index, opaque, j - 1, readings.get(j - 1), rs);
      for (int h = 0; h < rs.size(); h++) {
        double local = rs.get(h).local();
        if (j == 0) {
          fwd[j][h] = local + startEdge(junctions, rs.get(h));
          continue;
        }
        List<ChunkScorer.Reading> ps = readings.get(j - 1);
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int g = 0; g < ps.size(); g++) {
          double v = fwd[j - 1][g] + e[g][h];
          if (v > best) {
            best = v;
            arg = g;
          }
        }
        fwd[j][h] = best + local;
        back[j][h] = arg;
      }
    }
    double[][] bwd = new double[n][];
    for (int j = n - 1; j >= 0; j--) {
      List<ChunkScorer.Reading> rs = readings.get(j);
      bwd[j] = new double[rs.size()];
      double[][] e = j == n - 1 ? null : edges(junctions, index, opaque, j, rs, readings.get(j + 1));
      for (int h = 0; h < rs.size(); h++) {
        if (j == n - 1) {
          bwd[j][h] = endEdge(rs.get(h));
          continue;
        }
        List<ChunkScorer.Reading> ns = readings.get(j + 1);
        double best = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < ns.size(); g++) {
          double v = bwd[j + 1][g] + ns.get(g).local() + e[h][g];
          best = Math.max(best, v);
        }
        bwd[j][h] = best;
      }
    }
    int[] choice = new int[n];
    List<ChunkScorer.Reading> lastRs = readings.get(n - 1);
    double best = Double.NEGATIVE_INFINITY;
    for (int h = 0; h < lastRs.size(); h++) {
      double v = fwd[n - 1][h] + bwd[n - 1][h];
      if (v > best) {
        best = v;
        choice[n - 1] = h;
      }
    }
    for (int j = n - 1; j > 0; j--) {
      choice[j - 1] = back[j][choice[j]];
    }
    for (int j = 0; j < n; j++) {
      Line line = d.lines.get(index.get(j));
      List<ChunkScorer.Reading> rs = readings.get(j);
      ChunkScorer.Reading r = rs.get(choice[j]);
      if (!r.reversed()) {
        line.text = String.join(" ", line.text.strip().split("\\s+"));
        continue;
      }
      String text = r.text();
      double chosen = fwd[j][choice[j]] + bwd[j][choice[j]];
      double other = Double.NEGATIVE_INFINITY;
      for (int h = 0; h < rs.size(); h++) {
        if (h != choice[j] && !rs.get(h).text().equals(text)) {
          other = Math.max(other, fwd[j][h] + bwd[j][h]);
        }
      }
      double confidence = other == Double.NEGATIVE_INFINITY ? 1.0 : 1.0 / (1.0 + Math.exp(-(chosen - other)));
      String before = rs.get(0).text();
      if (DEBUG) {
        debug(rs, fwd[j], bwd[j], line.number);
      }
      line.text = text;
      d.repair(RepairKind.CHUNK_ORDER, line.number, 1, before, text, confidence);
    }
  }

  /** A development aid: the readings of every repaired line, best first, on standard error. */
  private static void debug(List<ChunkScorer.Reading> rs, double[] f, double[] b, int number) {
    Integer[] order = new Integer[rs.size()];
    for (int h = 0; h < order.length; h++) {
      order[h] = h;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(f[y] + b[y], f[x] + b[x]));
    System.err.println("line " + number);
    for (int i = 0; i < Math.min(DEBUG_ALL ? 99 : 4, order.length); i++) {
      ChunkScorer.Reading r = rs.get(order[i]);
      System.err.printf("  %.2f (local %.2f) %s%n", f[order[i]] + b[order[i]], r.local(), r.text());
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
   * The edge scores between every reading of non-blank line j and every reading of line j+1. Readings of a
   * line share their first and last words, so each distinct pair of words is weighed once.
   */
  private static double[][] edges(Junctions junctions, List<Integer> index, List<Boolean> opaque, int j,
      List<ChunkScorer.Reading> ps, List<ChunkScorer.Reading> rs) {
    double[][] e = new double[ps.size()][rs.size()];
    Map<WordInfo, Integer> lasts = new IdentityHashMap<>();
    Map<WordInfo, Integer> firsts = new IdentityHashMap<>();
    int[] li = new int[ps.size()];
    int[] fi = new int[rs.size()];
    for (int g = 0; g < ps.size(); g++) {
      li[g] = lasts.computeIfAbsent(ps.get(g).last(), k -> lasts.size());
    }
    for (int h = 0; h < rs.size(); h++) {
      fi[h] = firsts.computeIfAbsent(rs.get(h).first(), k -> firsts.size());
    }
    double[][] cache = new double[lasts.size()][firsts.size()];
    boolean[][] done = new boolean[lasts.size()][firsts.size()];
    for (int g = 0; g < ps.size(); g++) {
      for (int h = 0; h < rs.size(); h++) {
        if (!done[li[g]][fi[h]]) {
          cache[li[g]][fi[h]] = edge(junctions, index, opaque, j, ps.get(g), rs.get(h));
          done[li[g]][fi[h]] = true;
        }
        e[g][h] = cache[li[g]][fi[h]];
      }
    }
    return e;
  }

  /** How reading b of non-blank line j+1 follows reading a of non-blank line j. */
  private static double edge(Junctions junctions, List<Integer> index, List<Boolean> opaque, int j,
      ChunkScorer.Reading a, ChunkScorer.Reading b) {
    if (opaque.get(j) || opaque.get(j + 1)) {
      return 0;
    }
    boolean blank = index.get(j + 1) - index.get(j) > 1;
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
