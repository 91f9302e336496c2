package org.malaf.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Weighs the readings of one line: as it stands, or as chunks written in reverse order. A reading W =
 * D1 ␣ D2 … Dn stands for the line Dn … D2 D1; two chunks join inside a word (a cut between ر/ز and ي,
 * أ and ك, before ة, after ال, around a shadda drawn apart) or at a space next to a left-to-right run.
 * Points come from evidence that holds for any article: fragments that are no word on their own, kashida
 * at a word's edge, pairs of words seen elsewhere in the article, punctuation and Arabic particles.
 */
final class ChunkScorer {

  /** The chosen reading of a line. */
  record Choice(boolean reversed, String text, double confidence) {
  }

  /** Lines longer than this are prose from another source (or no line breaks at all): never reordered. */
  private static final int MAX_TOKENS = 80;

  private final ArticleStats stats;

  ChunkScorer(ArticleStats stats) {
    this.stats = stats;
  }

  Choice choose(List<Tok> t, String prev, String next, boolean alone) {
    String asIs = join(t, new int[0], new char[0]);
    int m = t.size();
    if (m < 2 || m > MAX_TOKENS || !suspicious(t, alone)) {
      return new Choice(false, asIs, 1.0);
    }
    List<Integer> cuts = new ArrayList<>();
    for (int b = 1; b < m; b++) {
      if (structural(t.get(b - 1), t.get(b))) {
        cuts.add(b);
      }
    }
    double best = asIsScore(t, prev, next, alone);
    String bestText = asIs;
    double runnerUp = Double.NEGATIVE_INFINITY;
    // Every boundary but the last sits next to a fragment (cuts); the last one, where the line began, may be anywhere.
    List<int[]> boundsList = new ArrayList<>();
    for (int last = 1; last < m; last++) {
      boundsList.add(new int[] {last});
      for (int a : cuts) {
        if (a < last) {
          boundsList.add(new int[] {a, last});
          for (int c : cuts) {
            if (c > a && c < last) {
              boundsList.add(new int[] {a, c, last});
            }
          }
        }
      }
    }
    for (int[] bounds : boundsList) {
      int n = bounds.length;
      for (int mask = 0; mask < (1 << n); mask++) {
        char[] joins = new char[n];
        for (int i = 0; i < n; i++) {
          joins[i] = (mask & (1 << i)) == 0 ? 'g' : 's';
        }
        double s = reversedScore(t, bounds, joins, prev, next, alone);
        if (Double.isNaN(s)) {
          continue;
        }
        String text = join(t, bounds, joins);
        if (s > best) {
          if (!text.equals(bestText)) {
            runnerUp = best;
          }
          best = s;
          bestText = text;
        } else if (s > runnerUp && !text.equals(bestText)) {
          runnerUp = s;
        }
      }
    }
    double margin = best - runnerUp;
    double confidence = runnerUp == Double.NEGATIVE_INFINITY ? 1.0 : 1.0 / (1.0 + Math.exp(-margin));
    return new Choice(!bestText.equals(asIs), bestText, confidence);
  }

  /**
   * A cheap look for any sign of a cut, so that most lines skip the search: a dangling token, a line that
   * starts like the second half of a word or with a left-to-right run, ends like the first half of one, or a
   * paragraph's last line with a sentence end inside it.
   */
  private static boolean suspicious(List<Tok> t, boolean alone) {
    for (Tok k : t) {
      if (dangling(k)) {
        return true;
      }
    }
    String first = t.get(0).text();
    int f = Words.firstLetter(first);
    int l = Words.lastLetter(t.get(t.size() - 1).text());
    return f == 'ي' || f == 'ك' || Words.isLtr(first) || l == 'ر' || l == 'ز' || l == 'أ'
        || (alone && endsBeforeEnd(t.stream().map(Tok::text).toList()));
  }

  double asIsScore(List<Tok> t, String prev, String next, boolean alone) {
    double s = 0;
    for (int i = 0; i < t.size(); i++) {
      s -= dangling(t.get(i)) ? 4 : (looksCut(t.get(i), i, t.size()) ? 1.5 : 0);
    }
    if (alone && endsBeforeEnd(t.stream().map(Tok::text).toList())) {
      s -= 3;
    }
    s += prev != null && stats.pair(prev, t.get(0).text()) > 0 ? 1 : 0;
    s += next != null && stats.pair(t.get(t.size() - 1).text(), next) > 0 ? 1 : 0;
    return s;
  }

  /** Short enough to be a fragment: a mark, a word-initial ة, or at most maxLetters letters. */
  private static boolean partial(Tok tok, int maxLetters) {
    String c = Words.core(tok.text());
    return tok.isMark() || c.startsWith("ة") || c.length() <= maxLetters;
  }

  /** The article has the token as a word somewhere else than here (the line's own occurrence does not count). */
  private boolean seenElsewhere(Tok tok, int index, int size) {
    return stats.word(tok.text()) > (index > 0 && index < size - 1 ? 1 : 0);
  }

  /** Starts with ي or ends with ر/ز/أ and is seen nowhere else in the article: probably half of a cut word. */
  private boolean looksCut(Tok tok, int k, int size) {
    int interiorHere = k > 0 && k < size - 1 ? 1 : 0;
    if (stats.word(tok.text()) > interiorHere) {
      return false;
    }
    int first = Words.firstLetter(tok.text());
    int last = Words.lastLetter(tok.text());
    return first == 'ي' || ((last == 'ر' || last == 'ز' || last == 'أ') && Words.core(tok.text()).length() <= 4);
  }

  /** A token that cannot stand as a word: it begins or ends with kashida, is a lone mark, starts with ة, or is a lone article. */
  private static boolean dangling(Tok k) {
    String c = Words.core(k.text());
    return k.kashidaStart() || k.kashidaEnd() || k.isMark() || c.startsWith("ة") || isArticle(c)
        || (c.length() == 1 && Words.isArabicLetter(c.charAt(0)) && !c.equals("و"));
  }

  private static boolean isArticle(String core) {
    return core.equals("ال") || core.equals("وال") || core.equals("بال") || core.equals("فال") || core.equals("لل");
  }

  double reversedScore(List<Tok> t, int[] bounds, char[] joins, String prev, String next, boolean alone) {
    int n = bounds.length + 1;
    List<List<Tok>> w = chunks(t, bounds);
    double s = -1.5 * (n - 1);
    boolean[] gluedStart = new boolean[n];
    boolean[] gluedEnd = new boolean[n];
    for (int i = 0; i < n - 1; i++) {
      List<Tok> left = w.get(n - 1 - i);   // in the line, chunk i comes before chunk i+1
      List<Tok> right = w.get(n - 2 - i);
      Tok x = left.get(left.size() - 1);
      Tok y = right.get(0);
      if (joins[i] == 'g') {
        double g = gluePattern(x, y);
        boolean kashidaCut = x.kashidaEnd() || y.kashidaStart();
        if (Double.isNaN(g) || (g < 0 && !kashidaCut)) {
          return Double.NaN;   // an unusual cut needs the kashida's word of evidence
        }
        // Inside the written line (not at its ends) only a clearly partial token may be half of a cut word.
        boolean xInside = i > 0;
        boolean yInside = i < n - 2;
        if (!kashidaCut && ((xInside && !partial(x, 3)) || (yInside && !partial(y, 4)))) {
          return Double.NaN;
        }
        s += g + (x.kashidaEnd() ? 3 : 0) + (y.kashidaStart() ? 3 : 0);
        if (!x.isMark() && !y.isMark()) {
          int xi = t.indexOf(x);
          int yi = t.indexOf(y);
          s += seenElsewhere(x, xi, t.size()) ? -1.5 : 1;
          s += seenElsewhere(y, yi, t.size()) ? -1.5 : 1;
          s += stats.word(x.text() + y.text()) > 0 ? 2 : 0;
        }
        gluedEnd[n - 1 - i] = true;
        gluedStart[n - 2 - i] = true;
      } else {
        if (!allLtr(left) && !allLtr(right)) {
          return Double.NaN;
        }
        s += stats.pair(x.text(), y.text()) > 0 ? 2 : 0;
      }
    }
    for (int c = 0; c < n; c++) {
      List<Tok> chunk = w.get(c);
      for (int k = 0; k < chunk.size(); k++) {
        Tok tok = chunk.get(k);
        boolean explained = (k == 0 && gluedStart[c]) || (k == chunk.size() - 1 && gluedEnd[c]);
        if (dangling(tok) && !explained) {
          s -= 4;
        } else if (!explained && looksCut(tok, t.indexOf(tok), t.size())) {
          s -= 1.5;
        }
      }
    }
    int[][] span = new int[n][2];
    List<String> line = words(w, joins, span);
    String ls = line.get(0);
    String le = line.get(line.size() - 1);
    // Each boundary in the written line separates two words; if that pair (with cut words made whole) occurs
    // elsewhere in the article, the boundary was no cut.
    for (int c = 0; c < n - 1; c++) {
      String a = line.get(span[c][1]);
      String b = line.get(span[c + 1][0]);
      if (span[c][1] != span[c + 1][0]) {
        int seen = stats.pair(a, b) - (gluedStart[c + 1] || gluedEnd[c] ? 0 : 1);
        s -= seen > 0 ? 2 : (stats.stemPair(a, b) > 1 ? 1 : 0);
      }
    }
    return s + lineEdges(w, line, ls, le, prev, next, alone);
  }

  /** Evidence about where the line began and ended: how it joins its neighbours, punctuation, particles. */
  private double lineEdges(List<List<Tok>> w, List<String> line, String ls, String le, String prev, String next,
      boolean alone) {
    double s = 0;
    int n = w.size();
    s += prev != null ? joinEvidence(prev, ls) : 0;
    s += next != null ? joinEvidence(le, next) : 0;
    s += Words.isTerminal(le) ? 1.5 : 0;
    if (alone && endsBeforeEnd(line)) {
      s -= 3;
    }
    List<Tok> beforeStart = w.get(n - 2);
    String a = beforeStart.get(beforeStart.size() - 1).text();
    boolean conj = stats.isConjunction(ls);
    // A particle such as في or التي is never followed by a clause-opening و-word, so such a pair is a cut.
    s += Words.NEEDS_COMPLEMENT.contains(Words.core(a)) && conj ? 2 : 0;
    s -= prev != null && Words.NEEDS_COMPLEMENT.contains(Words.core(prev)) && conj ? 2 : 0;
    s -= next != null && Words.NEEDS_COMPLEMENT.contains(Words.core(le)) && stats.isConjunction(next) ? 2 : 0;
    s -= "،.:)”»؛,".indexOf(ls.charAt(0)) >= 0 ? 5 : 0;
    s -= "“(«".indexOf(le.charAt(le.length() - 1)) >= 0 ? 3 : 0;
    s += (prev == null || Words.isTerminal(prev)) && conj ? 1 : 0;
    return s;
  }

  /** How well two words that the reading puts side by side across a line break are seen together elsewhere. */
  private double joinEvidence(String a, String b) {
    return stats.pair(a, b) > 0 ? 1.5 : (stats.stemPair(a, b) > 0 ? 0.75 : 0);
  }

  /** A sentence ends inside the line but not at its end: wrong for a paragraph's last line. */
  private static boolean endsBeforeEnd(List<String> words) {
    boolean inside = false;
    for (int i = 0; i < words.size() - 1; i++) {
      inside |= Words.isTerminal(words.get(i));
    }
    return inside && !Words.isTerminal(words.get(words.size() - 1));
  }

  /** How much a cut between x and y inside one word is expected; NaN when they cannot be one word. */
  static double gluePattern(Tok x, Tok y) {
    if (x.isMark() || y.isMark()) {
      return 4;
    }
    int xl = Words.lastLetter(x.text());
    int yf = Words.firstLetter(y.text());
    if (xl < 0 || yf < 0) {
      return Double.NaN;
    }
    if ((xl == 'ر' || xl == 'ز') && yf == 'ي') {
      return 3;   // ر and ز do not join leftwards, so ي after them is kerned under: extractors cut there
    }
    if (xl == 'أ' && yf == 'ك') {
      return 3;   // the أك kerning pair
    }
    if (yf == 'ة') {
      return 4;   // no word starts with ة
    }
    return isArticle(Words.core(x.text())) ? 3 : -3;
  }

  /** Boundary positions worth trying: next to a token that looks like half a word, a mark or a left-to-right run. */
  private static boolean structural(Tok a, Tok b) {
    int al = Words.lastLetter(a.text());
    int bf = Words.firstLetter(b.text());
    return a.kashidaEnd() || b.kashidaStart() || a.isMark() || b.isMark() || Words.isLtr(a.text())
        || Words.isLtr(b.text()) || al == 'ر' || al == 'ز' || al == 'أ' || bf == 'ي' || bf == 'ك' || bf == 'ة'
        || isArticle(Words.core(a.text())) || Words.core(a.text()).length() <= 2 || Words.core(b.text()).length() <= 2;
  }

  private static boolean allLtr(List<Tok> chunk) {
    return chunk.stream().allMatch(k -> Words.isLtr(k.text()));
  }

  private static List<List<Tok>> chunks(List<Tok> t, int[] bounds) {
    List<List<Tok>> out = new ArrayList<>();
    int from = 0;
    for (int b : bounds) {
      out.add(t.subList(from, b));
      from = b;
    }
    out.add(t.subList(from, t.size()));
    return out;
  }

  /** The words of the line the reading stands for: chunks in reverse order, glued where a word was cut. */
  private static List<String> words(List<List<Tok>> w, char[] joins) {
    return words(w, joins, null);
  }

  /** As above; {@code span[c]} receives the indexes of the words holding chunk c's first and last token. */
  private static List<String> words(List<List<Tok>> w, char[] joins, int[][] span) {
    List<String> out = new ArrayList<>();
    int n = w.size();
    for (int i = n - 1; i >= 0; i--) {
      List<Tok> chunk = w.get(i);
      for (int k = 0; k < chunk.size(); k++) {
        String text = chunk.get(k).text();
        if (k == 0 && i < n - 1 && joins[n - 2 - i] == 'g') {
          out.set(out.size() - 1, out.get(out.size() - 1) + text);
        } else {
          out.add(text);
        }
        if (span != null && k == 0) {
          span[i][0] = out.size() - 1;
        }
        if (span != null && k == chunk.size() - 1) {
          span[i][1] = out.size() - 1;
        }
      }
    }
    return out;
  }

  static String join(List<Tok> t, int[] bounds, char[] joins) {
    return String.join(" ", words(chunks(t, bounds), joins));
  }
}
