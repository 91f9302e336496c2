package org.malaf.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Turns a {@link Draft} into the text a PDF extractor gives, with the damage of the seeds at similar
 * rates: hard-wrapped lines; kashida on the justified lines of about 40 % of paragraphs (never on a
 * paragraph's last line, pull quotes or headings); digits, shadda, «نئ» and «رع» as the font's
 * private-use glyphs; about a third of the lines cut into chunks written in reverse order, the cuts
 * falling between ر/ز and ي, around numbers, around a shadda and in أ|ك; most paragraph ends split off
 * by a blank line; blank lines sometimes missing or doubled. One instance per article; not thread-safe.
 */
final class ExtractionDamage {

  static final char TATWEEL = '\u0640';
  static final char SHADDA = '\u0651';
  private static final double KASHIDA_PARAGRAPH = 0.4;
  private static final double KASHIDA_WORD = 0.6;
  private static final double REVERSE_LINE = 0.55;
  private static final double SPLIT_END = 0.75;
  private static final String JOINS_FORWARD = "بتثجحخسشصضطظعغفقكلمنهيئ";

  private final SplittableRandom rnd;
  private final List<String> out = new ArrayList<>();
  private long kashida;
  private long privateUse;
  private long reversed;
  private long splitEnds;
  private long truncated;

  ExtractionDamage(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  /** The damaged text of {@code draft}, lines wrapped at about {@code width} characters. */
  String extract(Draft draft, int width) {
    for (Draft.Block block : draft.blocks()) {
      switch (block.kind()) {
        case PARAGRAPH -> paragraph(block.text(), width);
        case HEADING -> display(block.text());
        case CAPTION -> display(" " + block.text());
        case PULLQUOTE -> {
          blank();
          for (String line : wrap(block.text(), width)) {
            out.add(glyphs(line));
          }
          blank();
        }
        case SOURCES -> {
          for (String url : block.text().split("\n")) {
            out.add(url);
            truncated += url.contains("%25") ? 1 : 0;
          }
          blank();
          if (rnd.nextBoolean()) {
            out.add("");
          }
        }
      }
    }
    return String.join("\n", out) + "\n";
  }

  DamageStats stats(String text) {
    return new DamageStats(kashida, privateUse, reversed, splitEnds, truncated, out.size(),
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
  }

  private void paragraph(String text, int width) {
    List<String> lines = wrap(text, width);
    boolean justified = rnd.nextDouble() < KASHIDA_PARAGRAPH;
    for (int i = 0; i < lines.size(); i++) {
      boolean last = i == lines.size() - 1;
      if (last && i > 0 && rnd.nextDouble() < SPLIT_END) {
        out.add("");
        splitEnds++;
      }
      String line = glyphs(reverseChunks(lines.get(i)));
      out.add(justified && !last ? kashida(line) : line);
    }
    double u = rnd.nextDouble();
    if (u < 0.85) {
      out.add("");
    } else if (u < 0.90) {
      out.add("");
      out.add("");
      out.add("");
    }
  }

  private void display(String line) {
    blank();
    out.add(line);
    out.add("");
  }

  private void blank() {
    if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
      out.add("");
    }
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Cuts the line where the seeds' extractor cut and writes the chunks last first, a space between. */
  private String reverseChunks(String line) {
    List<Integer> cuts = cutPoints(line);
    if (cuts.isEmpty() || rnd.nextDouble() >= REVERSE_LINE) {
      return line;
    }
    TreeSet<Integer> chosen = new TreeSet<>();
    int wanted = cuts.size() > 1 && rnd.nextDouble() < 0.3 ? 2 : 1;
    while (chosen.size() < wanted) {
      chosen.add(cuts.get(rnd.nextInt(cuts.size())));
    }
    List<String> chunks = new ArrayList<>();
    int from = 0;
    for (int cut : chosen) {
      chunks.add(line.substring(from, cut).strip());
      from = cut;
    }
    chunks.add(line.substring(from).strip());
    if (chunks.stream().anyMatch(String::isEmpty)) {
      return line;
    }
    Collections.reverse(chunks);
    reversed++;
    return (rnd.nextDouble() < 0.2 ? " " : "") + String.join(" ", chunks);
  }

  private List<Integer> cutPoints(String line) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 1; i < line.length(); i++) {
      char p = line.charAt(i - 1);
      char c = line.charAt(i);
      boolean rayaCut = c == 'ي' && (p == 'ر' || p == 'ز');
      boolean numberCut = (isDigit(c) && p == ' ') || (isDigit(p) && c == ' ');
      boolean shaddaCut = (c == SHADDA || p == SHADDA) && rnd.nextDouble() < 0.5;
      boolean alefKafCut = p == 'أ' && c == 'ك' && (i == 1 || line.charAt(i - 2) == ' ') && rnd.nextDouble() < 0.3;
      if (rayaCut || numberCut || shaddaCut || alefKafCut) {
        cuts.add(i);
      }
    }
    return cuts;
  }

  /** The font's private-use codes, as in the seeds' glyph map (dossier.yaml). */
  private String glyphs(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
      if (isDigit(c)) {
        b.append(c == '0' ? '\uE005' : (char) (0xE008 + c - '1'));
      } else if (c == SHADDA && rnd.nextDouble() < 0.85) {
        b.append(rnd.nextDouble() < 0.8 ? '\uE285' : '\uE26F');
      } else if (c == 'ن' && next == 'ئ') {
        b.append('\uE1E9');
        i++;
      } else if (c == 'ر' && next == 'ع' && rnd.nextDouble() < 0.6) {
        b.append("\uE0ED\uE072");
        privateUse++;
        i++;
      } else {
        b.append(c);
        continue;
      }
      privateUse++;
    }
    return b.toString();
  }

  /** Stretches about 60 % of the words with one run of 1–3 tatweels after a letter that joins forward. */
  private String kashida(String line) {
    StringBuilder b = new StringBuilder(line.length() + 32);
    for (String word : line.split(" ", -1)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      List<Integer> at = new ArrayList<>();
      for (int j = 1; j < word.length(); j++) {
        if (JOINS_FORWARD.indexOf(word.charAt(j - 1)) >= 0 && isArabicLetter(word.charAt(j))) {
          at.add(j);
        }
      }
      if (at.isEmpty() || rnd.nextDouble() >= KASHIDA_WORD) {
        b.append(word);
        continue;
      }
      int j = at.get(rnd.nextInt(at.size()));
      double u = rnd.nextDouble();
      int n = u < 0.15 ? 1 : u < 0.6 ? 2 : 3;
      b.append(word, 0, j).append(String.valueOf(TATWEEL).repeat(n)).append(word, j, word.length());
      kashida += n;
    }
    return b.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' && c != TATWEEL;
  }
}
