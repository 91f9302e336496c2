package org.malaf.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds pull quotes: lines that start a sentence and repeat, word for word, a passage of another paragraph.
 * The repeated lines become a {@code pullquote} block where they stand; the body copy stays in its paragraph.
 * Then turns every paragraph into its final {@link Block}.
 */
final class PullQuoteStep implements CleanStep {

  /** A shorter repeat is a common phrase, not a quotation. */
  static final int MIN_WORDS = 6;
  private static final int GRAM = 4;
  /** Bounds the work on texts that repeat a phrase very often. */
  private static final int MAX_CANDIDATES = 20;

  @Override
  public String name() {
    return "display";
  }

  @Override
  public void apply(Draft d) {
    new Finder().apply(d);   // the finder holds per-article state, so the step itself stays shareable
  }

  /**
   * The work on one article. Words are numbered per article, and only the 4-word openings of lines that start a
   * sentence are indexed, since only those are looked up.
   */
  private static final class Finder {

    /** Numbers of the words' cores, and of the words as written (many repeat, and need no core worked out). */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, Integer> written = new HashMap<>();
    /** The words of each paragraph (none for other blocks), and of each of its lines. */
    private int[][] words;
    private int[][][] lineWords;
    /** Kashida per line of each block: the copy with more is the body. */
    private double[] kashida;
    /** Where each indexed 4-word opening occurs: paragraph and word index, in text order. */
    private final Map<Gram, List<int[]>> index = new HashMap<>();

    /** Four word numbers. */
    private record Gram(int a, int b, int c, int d) {

      static Gram at(int[] w, int i) {
        return new Gram(w[i], w[i + 1], w[i + 2], w[i + 3]);
      }
    }

    void apply(Draft d) {
      List<Para> paras = d.paras;
      words = new int[paras.size()][];
      lineWords = new int[paras.size()][][];
      kashida = new double[paras.size()];
      for (int p = 0; p < paras.size(); p++) {
        Para para = paras.get(p);
        kashida[p] = kashidaPerLine(para.lines, 0, para.lines.size());
        if (para.type != BlockType.PARAGRAPH) {
          words[p] = new int[0];
          continue;
        }
        lineWords[p] = new int[para.lines.size()][];
        int total = 0;
        for (int k = 0; k < para.lines.size(); k++) {
          lineWords[p][k] = normalized(para.lines.get(k));
          total += lineWords[p][k].length;
        }
        words[p] = new int[total];
        int at = 0;
        for (int[] w : lineWords[p]) {
          System.arraycopy(w, 0, words[p], at, w.length);
          at += w.length;
        }
        for (int k = 0; k < para.lines.size(); k++) {
          if ((k == 0 || endsSentence(para.lines.get(k - 1))) && lineWords[p][k].length >= GRAM) {
            index.putIfAbsent(Gram.at(lineWords[p][k], 0), new ArrayList<>());
          }
        }
      }
      for (int p = 0; p < paras.size(); p++) {
        int[] w = words[p];
        for (int i = 0; i + GRAM <= w.length; i++) {
          List<int[]> hits = index.get(Gram.at(w, i));
          if (hits != null) {
            hits.add(new int[] {p, i});
          }
        }
      }
      List<Para> out = new ArrayList<>();
      for (int p = 0; p < paras.size(); p++) {
        Para para = paras.get(p);
        if (para.type != BlockType.PARAGRAPH) {
          out.add(para);
          continue;
        }
        splitQuotes(d, p, para, out);
      }
      for (Para para : out) {
        d.blocks.add(para.toBlock());
      }
    }

    private void splitQuotes(Draft d, int p, Para para, List<Para> out) {
      List<Line> lines = para.lines;
      int start = 0;
      for (int s = 0; s < lines.size(); s++) {
        if (s > 0 && !endsSentence(lines.get(s - 1))) {
          continue;
        }
        int end = longestRepeat(p, lines, s);
        if (end < 0) {
          continue;
        }
        if (s > start) {
          out.add(new Para(BlockType.PARAGRAPH, lines.subList(start, s)));
        }
        Para quote = new Para(BlockType.PULLQUOTE, lines.subList(s, end + 1));
        out.add(quote);
        d.repair(RepairKind.DISPLAY, lines.get(s).number, 1, quote.text(), BlockType.PULLQUOTE.key(), 0.9);
        start = end + 1;
        s = end;
      }
      if (start < lines.size()) {
        out.add(new Para(BlockType.PARAGRAPH, lines.subList(start, lines.size())));
      }
    }

    /**
     * The last line of the longest run from line s whose words occur in another paragraph, or -1. The first
     * {@value #MAX_CANDIDATES} occurrences of the run's opening in other paragraphs are the candidates; a run
     * matches the first candidate whose words go on the same way, and a longer run only loses candidates.
     */
    private int longestRepeat(int p, List<Line> lines, int s) {
      int[] first = lineWords[p][s];
      if (first.length < GRAM) {
        return -1;
      }
      List<int[]> alive = new ArrayList<>();
      for (int[] hit : index.get(Gram.at(first, 0))) {
        if (hit[0] != p && alive.size() < MAX_CANDIDATES) {
          alive.add(hit);
        }
      }
      int best = -1;
      int length = 0;
      int kashidaSum = 0;
      for (int e = s; e < lines.size() && !alive.isEmpty(); e++) {
        int[] more = lineWords[p][e];
        kashidaSum += lines.get(e).kashida;
        for (int h = alive.size() - 1; h >= 0; h--) {
          if (!continues(words[alive.get(h)[0]], alive.get(h)[1] + length, more)) {
            alive.remove(h);
          }
        }
        length += more.length;
        if (length >= MIN_WORDS && !alive.isEmpty()) {
          // Body lines are justified with kashida, display type is not: the copy with more kashida is the body.
          if (kashidaSum / (double) (e - s + 1) <= kashida[alive.get(0)[0]]) {
            best = e;
          }
        }
      }
      return best;
    }

    /** {@code other} holds {@code more} at {@code at}. */
    private static boolean continues(int[] other, int at, int[] more) {
      if (at + more.length > other.length) {
        return false;
      }
      for (int k = 0; k < more.length; k++) {
        if (other[at + k] != more[k]) {
          return false;
        }
      }
      return true;
    }

    private static double kashidaPerLine(List<Line> lines, int from, int to) {
      int sum = 0;
      for (int i = from; i < to; i++) {
        sum += lines.get(i).kashida;
      }
      return to == from ? 0 : sum / (double) (to - from);
    }

    private static boolean endsSentence(Line line) {
      String t = line.text.strip();
      String last = t.substring(t.lastIndexOf(' ') + 1);
      return Words.isTerminal(last) || last.endsWith("،");
    }

    /** The line's words without punctuation and diacritics, as numbers. */
    private int[] normalized(Line line) {
      List<String> split = Words.split(line.text);
      int[] out = new int[split.size()];
      int n = 0;
      for (String w : split) {
        Integer id = written.get(w);
        if (id == null) {
          String c = Words.core(w);
          id = c.isEmpty() ? -1 : vocabulary.computeIfAbsent(c, k -> vocabulary.size());
          written.put(w, id);
        }
        if (id >= 0) {
          out[n++] = id;
        }
      }
      return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
  }
}
