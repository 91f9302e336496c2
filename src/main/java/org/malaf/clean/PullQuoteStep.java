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

  /** The work on one article. */
  private static final class Finder {



    private final List<List<Line>> paraLines = new ArrayList<>();
    private List<Line> currentLines = List.of();

      void apply(Draft d) {
      List<Para> paras = d.paras;
      List<List<String>> words = new ArrayList<>();
      Map<String, List<int[]>> index = new HashMap<>();
      for (int p = 0; p < paras.size(); p++) {
        List<String> w = paras.get(p).type == BlockType.PARAGRAPH ? normalized(paras.get(p).lines) : List.of();
        words.add(w);
        for (int i = 0; i + GRAM <= w.size(); i++) {
          index.computeIfAbsent(String.join(" ", w.subList(i, i + GRAM)), k -> new ArrayList<>()).add(new int[] {p, i});
        }
      }
      paraLines.clear();
      paras.forEach(para -> paraLines.add(para.lines));
      List<Para> out = new ArrayList<>();
      for (int p = 0; p < paras.size(); p++) {
        Para para = paras.get(p);
        if (para.type != BlockType.PARAGRAPH) {
          out.add(para);
          continue;
        }
        splitQuotes(d, p, para, words, index, out);
      }
      for (Para para : out) {
        d.blocks.add(para.toBlock());
      }
    }

    private void splitQuotes(Draft d, int p, Para para, List<List<String>> words, Map<String, List<int[]>> index,
        List<Para> out) {
      List<Line> lines = para.lines;
      currentLines = lines;
      int start = 0;
      for (int s = 0; s < lines.size(); s++) {
        if (s > 0 && !endsSentence(lines.get(s - 1))) {
          continue;
        }
        int end = longestRepeat(p, lines, s, words, index);
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

    /** The last line of the longest run from line s whose words occur in another paragraph, or -1. */
    private int longestRepeat(int p, List<Line> lines, int s, List<List<String>> words, Map<String, List<int[]>> index) {
      List<String> run = new ArrayList<>();
      int best = -1;
      List<String> first = normalized(List.of(lines.get(s)));
      if (first.size() < GRAM) {
        return -1;
      }
      List<int[]> hits = index.getOrDefault(String.join(" ", first.subList(0, GRAM)), List.of());
      for (int e = s; e < lines.size(); e++) {
        run.addAll(normalized(List.of(lines.get(e))));
        if (run.size() >= MIN_WORDS && occursElsewhere(p, run, words, hits, lines.get(s), lines.get(e))) {
          best = e;
        }
      }
      return best;
    }

    private boolean occursElsewhere(int p, List<String> run, List<List<String>> words, List<int[]> hits, Line from,
        Line to) {
      int tried = 0;
      for (int[] hit : hits) {
        if (hit[0] == p || tried++ >= MAX_CANDIDATES) {
          continue;
        }
        List<String> other = words.get(hit[0]);
        if (hit[1] + run.size() <= other.size() && other.subList(hit[1], hit[1] + run.size()).equals(run)) {
          // Body lines are justified with kashida, display type is not: the copy with more kashida is the body.
          return kashidaPerLine(fromIndex(from, to)) <= kashidaPerLine(paraLines.get(hit[0]));
        }
      }
      return false;
    }

    private static double kashidaPerLine(List<Line> lines) {
      return lines.isEmpty() ? 0 : lines.stream().mapToInt(l -> l.kashida).sum() / (double) lines.size();
    }

    private List<Line> fromIndex(Line from, Line to) {
      return currentLines.subList(currentLines.indexOf(from), currentLines.indexOf(to) + 1);
    }

    private static boolean endsSentence(Line line) {
      String[] w = line.text.strip().split(" ");
      return Words.isTerminal(w[w.length - 1]) || w[w.length - 1].endsWith("،");
    }

    private static List<String> normalized(List<Line> lines) {
      List<String> out = new ArrayList<>();
      for (Line l : lines) {
        for (String w : l.text.strip().split("\\s+")) {
          String c = Words.core(w);
          if (!c.isEmpty()) {
            out.add(c);
          }
        }
      }
      return out;
    }

  }
}
