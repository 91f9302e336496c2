package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;

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
    new Finder(d).apply(d);   // the finder holds per-article state, so the step itself stays shareable
  }

  /**
   * The work on one article. Words are numbered per article, and only the 4-word openings of lines that start a
   * sentence are indexed, since only those are looked up.
   */
  private static final class Finder {

    /** Numbers of the words' cores, and of the words as written (many repeat, and need no core worked out). */
    private final StringIds vocabulary;
    private final StringIds written;
    /** The vocabulary number + 1 of each written word (by its number), -1 for a word without a core. */
    private int[] writtenCore;
    /** A line's characters, for looking its words up without a string per word. */
    private char[] chars = new char[256];
    /** The words of each paragraph (none for other blocks), and of each of its lines. */
    private int[][] words;
    private int[][][] lineWords;
    /** Kashida per line of each block: the copy with more is the body. */
    private double[] kashida;
    /** Where each indexed 4-word opening occurs: paragraph and word index, in text order. */
    private final GramIndex index = new GramIndex();

    /** A finder with its word tables sized for the article (about 6 characters a word, every other one new). */
    Finder(Draft d) {
      int chars = 0;
      for (Line line : d.lines) {
        chars += line.text.length();
      }
      vocabulary = new StringIds(chars / 12);
      written = new StringIds(chars / 12);
      writtenCore = new int[Math.max(64, chars / 12)];
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
            index.declare(lineWords[p][k], 0);
          }
        }
      }
      for (int p = 0; p < paras.size(); p++) {
        int[] w = words[p];
        for (int i = 0; i + GRAM <= w.length; i++) {
          List<int[]> hits = index.get(w, i);
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
      for (int[] hit : index.get(first, 0)) {
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
      String text = line.text;
      int start = Words.stripStart(text);
      int end = Words.stripEnd(text, start);
      if (chars.length < end) {
        chars = new char[Math.max(end, chars.length * 2)];
      }
      text.getChars(start, end, chars, start);
      // The words between runs of white space, as Words.split gives them.
      int[] out = new int[(end - start + 1) / 2];
      int n = 0;
      for (int i = start; i < end; ) {
        int j = i;
        while (j < end && !Words.isSpace(chars[j])) {
          j++;
        }
        int id = core(written.add(chars, i, j));
        if (id >= 0) {
          out[n++] = id;
        }
        while (j < end && Words.isSpace(chars[j])) {
          j++;
        }
        i = j;
      }
      return java.util.Arrays.copyOf(out, n);
    }

    /** The vocabulary number of a written word's core, worked out once per written word; -1 without a core. */
    private int core(int writtenId) {
      if (writtenId == writtenCore.length) {
        writtenCore = java.util.Arrays.copyOf(writtenCore, writtenId * 2);
      }
      if (writtenCore[writtenId] == 0) {   // a new word: 0 is "not worked out yet"
        String c = Words.core(written.get(writtenId));
        writtenCore[writtenId] = c.isEmpty() ? -1 : vocabulary.add(c) + 1;
      }
      return writtenCore[writtenId] < 0 ? -1 : writtenCore[writtenId] - 1;
    }
  }

  /**
   * The 4-word openings that are indexed, each with its occurrences: an opening is the pair of the numbers of
   * its two word pairs ({@link PairIds} twice), so the look-up at every word of the text makes no key object.
   */
  private static final class GramIndex {

    private final PairIds halves = new PairIds(256);
    private final PairIds grams = new PairIds(64);
    /** The occurrences of each opening, by its number in {@code grams}. */
    private final List<List<int[]>> hits = new ArrayList<>();

    /** Indexes the opening {@code w[i..i+3]}, if it is not yet. */
    void declare(int[] w, int i) {
      int gram = grams.add(halves.add(w[i], w[i + 1]), halves.add(w[i + 2], w[i + 3]));
      if (gram == hits.size()) {
        hits.add(new ArrayList<>());
      }
    }

    /** The occurrences of the opening {@code w[i..i+3]}, or null when it is not indexed. */
    List<int[]> get(int[] w, int i) {
      int first = halves.find(w[i], w[i + 1]);
      int gram = first < 0 ? -1 : grams.find(first, halves.find(w[i + 2], w[i + 3]));
      return gram < 0 ? null : hits.get(gram);
    }
  }
}
