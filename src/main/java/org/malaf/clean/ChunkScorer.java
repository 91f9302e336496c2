package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of one line: as it stands, or as chunks written in reverse order. A reading W = D1 ␣ D2 … Dn
 * of the written tokens stands for the line Dn … D2 D1; two chunks join inside a word (a cut between ر/ز
 * and ي, أ and ك, before ة, after ال, around a shadda drawn apart, or any cut a kashida at a token's edge
 * marks) or at a space next to a left-to-right run.
 *
 * <p>Each reading gets a local score: how well its chunk joins make words (fragments that are no word on
 * their own, the joined word seen elsewhere in the article, kashida at a cut) plus the plausibility of every
 * pair of neighbouring words inside it ({@link Junctions}). How the line joins its neighbours is left to
 * {@link ChunkOrderStep}, which picks the readings of neighbouring lines together.
 */
final class ChunkScorer {

  /** One reading of a line: its words in order, its local score, and the line's raw tokens. */
  record Reading(WordInfo[] words, double local, boolean reversed, WordInfo[] raw) {

    WordInfo first() {
      return words[0];
    }

    WordInfo last() {
      return words[words.length - 1];
    }

    /**
     * The same text as {@code other}'s. Words hold no space, so equal texts mean equal words in order, and an
     * article's {@link ArticleStats} describes each distinct word by one object.
     */
    boolean sameText(Reading other) {
      if (other.words.length != words.length) {
        return false;
      }
      for (int i = 0; i < words.length; i++) {
        if (words[i] != other.words[i] && !words[i].text.equals(other.words[i].text)) {
          return false;
        }
      }
      return true;
    }

    String text() {
      StringBuilder b = new StringBuilder();
      for (WordInfo w : words) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w.text);
      }
      return b.toString();
    }
  }

  /** Lines longer than this are prose from another source (or no line breaks at all): never reordered. */
  static final int MAX_TOKENS = 80;
  /** Bounds the work on a line full of fragment-like tokens (real lines have a handful of such readings). */
  static final int MAX_THREE_CHUNK_READINGS = 60;
  static final int MAX_FOUR_CHUNK_READINGS = 30;
  /** Past this many tokens a line gets no four-chunk readings (their search is cubic in the line's length). */
  static final int MAX_FOUR_CHUNK_TOKENS = 30;

  private final ArticleStats stats;
  private final Junctions junctions;

  ChunkScorer(ArticleStats stats, Junctions junctions) {
    this.stats = stats;
    this.junctions = junctions;
  }

  /** The line as it stands, alone: for lines that show no sign of a cut. */
  Reading asIs(List<Tok> t, WordInfo[] w) {
    return new Reading(w, 0, false, w);
  }

  /** All readings worth weighing, the line as it stands first. */
  List<Reading> readings(List<Tok> t, WordInfo[] w, boolean alone) {
    int m = t.size();
    List<Reading> out = new ArrayList<>();
    double[] pen = new double[m];
    double penAll = 0;
    for (int i = 0; i < m; i++) {
      pen[i] = dangling(t.get(i), w[i]) ? 4 : (looksCut(t.get(i), w[i], i, m) ? 1.5 : 0);
      penAll += pen[i];
    }
    double[] rawJ = new double[Math.max(0, m - 1)];
    double rawSum = 0;
    for (int i = 0; i + 1 < m; i++) {
      rawJ[i] = junctions.score(w[i], w[i + 1], w, null);
      rawSum += rawJ[i];
    }
    double asIsScore = rawSum - penAll - (alone && endsBeforeEnd(w, 0, m) ? 3 : 0);
    out.add(new Reading(w, asIsScore, false, w));
    if (m < 2 || m > MAX_TOKENS) {
      return out;
    }
    Scratch scratch = new Scratch(m);
    // Two chunks: raw = [w0 .. w(k-1)] [wk .. w(m-1)], the line = [wk .. w(m-1)] + [w0 .. w(k-1)].
    double joinEnds = join(t, w, m - 1, 0, false, false);
    if (!Double.isNaN(joinEnds)) {
      for (int k = 1; k < m; k++) {
        Reading r = build(t, w, scratch, new int[] {k}, rawJ, pen, penAll, alone, joinEnds);
        if (r != null) {
          out.add(r);
        }
      }
    }
    // Three chunks: raw = [0 .. a-1] [a .. b-1] [b .. m-1], the line = [b ..] + [a .. b-1] + [0 .. a-1].
    double[] j2 = new double[m];
    int threes = 0;
    for (int b = 2; b < m; b++) {
      j2[b] = join(t, w, b - 1, 0, true, false);
    }
    threeChunks:
    for (int a = 1; a < m - 1; a++) {
      double j1 = join(t, w, m - 1, a, false, true);
      if (Double.isNaN(j1)) {
        continue;
      }
      for (int b = a + 1; b < m; b++) {
        if (Double.isNaN(j2[b])) {
          continue;
        }
        Reading r = build(t, w, scratch, new int[] {a, b}, rawJ, pen, penAll, alone, j1 + j2[b]);
        if (r != null) {
          out.add(r);
          if (++threes >= MAX_THREE_CHUNK_READINGS) {
            break threeChunks;
          }
        }
      }
    }
    // Four chunks (two cuts inside words and a shadda drawn apart, say): raw = [0, a) [a, b) [b, c) [c, m), the
    // line = [c ..] + [b .. c-1] + [a .. b-1] + [0 .. a-1].
    double[] j1 = new double[m];
    boolean any = false;
    if (m <= MAX_FOUR_CHUNK_TOKENS) {
      for (int b = 2; b < m - 1; b++) {
        j1[b] = join(t, w, m - 1, b, false, true);
        any |= !Double.isNaN(j1[b]);
      }
    }
    int fours = 0;
    // join(c - 1, a) does not depend on b: worked out once per (c, a), when first needed.
    double[] j3s = any ? new double[m * m] : null;
    boolean[] j3done = any ? new boolean[m * m] : null;
    fourChunks:
    for (int b = 2; any && b < m - 1; b++) {
      if (Double.isNaN(j1[b]) || Double.isNaN(j2[b])) {
        continue;
      }
      for (int c = b + 1; c < m; c++) {
        for (int a = 1; a < b; a++) {
          int ca = c * m + a;
          if (!j3done[ca]) {
            j3s[ca] = join(t, w, c - 1, a, true, true);
            j3done[ca] = true;
          }
          double j3 = j3s[ca];
          if (Double.isNaN(j3)) {
            continue;
          }
          Reading r = build(t, w, scratch, new int[] {a, b, c}, rawJ, pen, penAll, alone, j1[b] + j2[b] + j3);
          if (r != null) {
            out.add(r);
            if (++fours >= MAX_FOUR_CHUNK_READINGS) {
              break fourChunks;
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * The evidence that token x (the end of one chunk) and token y (the start of the chunk written before it)
   * were one word or stood side by side around a left-to-right run; NaN when they cannot have been.
   */
  private double join(List<Tok> t, WordInfo[] w, int xi, int yi, boolean xInside, boolean yInside) {
    Tok x = t.get(xi);
    Tok y = t.get(yi);
    if (isLtr(w[xi]) || isLtr(w[yi])) {
      // A space join next to a left-to-right run at the written line's edge, where extractors put a cut-off
      // run (the chunks are checked in build); a number is more often cut off than a Latin word.
      boolean edge = (isLtr(w[yi]) && yi == 0) || (isLtr(w[xi]) && xi == t.size() - 1);
      if (!edge) {
        return Double.NaN;
      }
      return hasDigit(w[yi].text) || hasDigit(w[xi].text) ? 1.0 : -0.5;
    }
    double g = gluePattern(x, w[xi], y, w[yi]);
    boolean kashidaCut = x.kashidaEnd() || y.kashidaStart();
    if (Double.isNaN(g) || (g < 0 && !kashidaCut)) {
      return Double.NaN;
    }
    if (!kashidaCut && ((xInside && !partial(x, w[xi], 3, xi, t.size()))
        || (yInside && !partial(y, w[yi], 4, yi, t.size())))) {
      return Double.NaN;
    }
    double s = g + (x.kashidaEnd() ? 3 : 0) + (y.kashidaStart() ? 3 : 0);
    if (!kashidaCut && w[yi].has(WordInfo.VERB_TAIL)) {
      s -= 3;
    }
    if (!x.isMark() && !y.isMark()) {
      s += seenElsewhere(w[xi], xi, t.size()) ? -1.5 : 1;
      s += seenElsewhere(w[yi], yi, t.size()) ? -1.5 : (w[yi].has(WordInfo.VERB_TAIL) ? 0 : 1);
      s += stats.word(x.text() + y.text()) > 0 ? 2 : 0;
    }
    return s;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLtr(WordInfo w) {
    return w.has(WordInfo.LTR);
  }

  /** What building the readings of one line reuses: the words glued so far, and room for one reading. */
  private static final class Scratch {

    /** Words glued from two raw tokens, by their indexes: the same joins recur in many readings. */
    final WordInfo[][] glued;
    /** The reading being built: its words, and the raw token indexes {@code from[i]}..{@code to[i]} of word i. */
    final WordInfo[] words;
    final int[] from;
    final int[] to;

    Scratch(int m) {
      glued = new WordInfo[m][];
      words = new WordInfo[m];
      from = new int[m];
      to = new int[m];
    }
  }

  /**
   * Builds the reading with the given chunk bounds (raw token indexes where chunks 2.. start), or null when a
   * space join has no left-to-right chunk beside it.
   */
  private Reading build(List<Tok> t, WordInfo[] w, Scratch scratch, int[] bounds, double[] rawJ, double[] pen,
      double penAll, boolean alone, double joinScore) {
    int m = t.size();
    int n = bounds.length + 1;
    WordInfo[] words = scratch.words;
    int[] from = scratch.from;
    int[] to = scratch.to;
    int size = 0;
    double explained = 0;
    int lastExplained = -1;
    // The line is chunk n-1, then n-2, ..., then 0; each chunk after the first joins the previous one. Chunk c
    // is the raw tokens [start(c), end(c)).
    for (int c = n - 1; c >= 0; c--) {
      int s0 = c == 0 ? 0 : bounds[c - 1];
      int end = c == n - 1 ? m : bounds[c];
      if (c < n - 1) {
        int xi = to[size - 1];
        int yi = s0;
        boolean space = isLtr(w[xi]) || isLtr(w[yi]);
        if (space) {
          if (!allLtr(w, bounds[c], c + 1 == n - 1 ? m : bounds[c + 1]) && !allLtr(w, s0, end)) {
            return null;
          }
        } else {
          words[size - 1] = from[size - 1] == to[size - 1] ? glue(t, w, scratch.glued, xi, yi)
              : stats.info(words[size - 1].text + t.get(yi).text());
          to[size - 1] = yi;
          explained += (xi == lastExplained ? 0 : pen[xi]) + pen[yi];
          lastExplained = yi;
          s0++;
        }
      }
      for (int i = s0; i < end; i++) {
        words[size] = w[i];
        from[size] = i;
        to[size] = i;
        size++;
      }
    }
    double s = -1.5 * (n - 1) + joinScore - (penAll - explained);
    for (int i = 0; i + 1 < size; i++) {
      if (from[i] == to[i] && from[i + 1] == to[i + 1] && to[i] + 1 == from[i + 1]) {
        s += rawJ[to[i]];
      } else {
        s += junctions.score(words[i], words[i + 1], w, null);
      }
    }
    if (alone && endsBeforeEnd(words, 0, size)) {
      s -= 3;
    }
    return new Reading(java.util.Arrays.copyOf(words, size), s, true, w);
  }

  /** The word that raw tokens xi and yi make together. */
  private WordInfo glue(List<Tok> t, WordInfo[] w, WordInfo[][] glued, int xi, int yi) {
    if (glued[xi] == null) {
      glued[xi] = new WordInfo[t.size()];
    }
    if (glued[xi][yi] == null) {
      glued[xi][yi] = stats.info(w[xi].text + t.get(yi).text());
    }
    return glued[xi][yi];
  }

  private static boolean allLtr(WordInfo[] w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isLtr(w[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * A cheap look for any sign of a cut, so that most lines skip the search: the line's last token can end
   * a chunk that joins its first token, or the line holds a mark or a left-to-right run.
   */
  static boolean suspicious(List<Tok> t, WordInfo[] w) {
    int m = t.size();
    if (m < 2 || m > MAX_TOKENS) {
      return false;
    }
    for (int i = 0; i < m; i++) {
      Tok k = t.get(i);
      if (k.isMark() || k.kashidaStart() || k.kashidaEnd() || isLtr(w[i]) || w[i].core.startsWith("ة")) {
        return true;
      }
    }
    double g = gluePattern(t.get(m - 1), w[m - 1], t.get(0), w[0]);
    return !Double.isNaN(g) && g >= 0;
  }

  /** Can be a fragment: a mark, a word-initial ة, at most maxLetters letters, or seen nowhere else as a word. */
  private boolean partial(Tok tok, WordInfo w, int maxLetters, int index, int size) {
    String c = w.core;
    return tok.isMark() || c.startsWith("ة") || c.length() <= maxLetters || !seenElsewhere(w, index, size);
  }

  /** The article has the token as a word somewhere else than here (the line's own occurrence does not count). */
  private boolean seenElsewhere(WordInfo w, int index, int size) {
    return stats.interiorCount(w.coreId) > (index > 0 && index < size - 1 ? 1 : 0);
  }

  /** Starts with ي or ends with ر/ز/أ and is seen nowhere else in the article: probably half of a cut word. */
  private boolean looksCut(Tok tok, WordInfo w, int k, int size) {
    if (seenElsewhere(w, k, size) || w.has(WordInfo.VERB_TAIL)) {
      return false;
    }
    int first = w.firstLetter;
    int last = w.lastLetter;
    return first == 'ي' || ((last == 'ر' || last == 'ز' || last == 'أ') && w.core.length() <= 4);
  }

  /** A token that cannot stand as a word: it begins or ends with kashida, is a lone mark, starts with ة, or is a lone article. */
  private static boolean dangling(Tok k, WordInfo w) {
    String c = w.core;
    return k.kashidaStart() || k.kashidaEnd() || k.isMark() || c.startsWith("ة") || isArticle(c)
        || (c.length() == 1 && Words.isArabicLetter(c.charAt(0)) && !c.equals("و"));
  }

  private static boolean isArticle(String core) {
    return core.equals("ال") || core.equals("وال") || core.equals("بال") || core.equals("فال") || core.equals("لل");
  }

  /** A sentence ends inside the line but not at its end: wrong for a paragraph's last line. */
  static boolean endsBeforeEnd(WordInfo[] words, int from, int to) {
    boolean inside = false;
    for (int i = from; i < to - 1; i++) {
      inside |= words[i].has(WordInfo.TERMINAL);
    }
    return inside && !words[to - 1].has(WordInfo.TERMINAL);
  }

  /** How much a cut between x and y inside one word is expected; NaN when they cannot be one word. */
  static double gluePattern(Tok x, WordInfo wx, Tok y, WordInfo wy) {
    if (x.isMark() || y.isMark()) {
      return 4;
    }
    int xl = wx.lastLetter;
    int yf = wy.firstLetter;
    if (xl < 0 || yf < 0) {
      return Double.NaN;
    }
    return glue(xl, yf, wx.core);
  }

  /** The letters on either side of the cut, and the core of the token before it. */
  private static double glue(int xl, int yf, String xCore) {
    if ((xl == 'ر' || xl == 'ز') && yf == 'ي') {
      return 3;   // ر and ز do not join leftwards, so ي after them is kerned under: extractors cut there
    }
    if (xl == 'أ' && yf == 'ك') {
      return 3;   // the أك kerning pair
    }
    if (yf == 'ة') {
      return 4;   // no word starts with ة
    }
    return isArticle(xCore) ? 3 : -3;
  }
}
