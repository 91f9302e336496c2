package org.malaf.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.malaf.diag.Problems;

/**
 * Synthetic chunk-reversal damage on a known text: re-wraps the paragraphs of a gold file into lines, cuts
 * random lines inside a word between ر/ز and ي and writes the two chunks in reverse order (as the seeds'
 * extractor did), then measures how many damaged lines the clean stage puts back exactly and how many
 * intact lines it changes. An estimate of the accuracy on unseen articles with the same damage.
 */
final class ChunkOrderBench {

  record Result(int damaged, int restored, int intact, int changed, List<String> misses, int words, int wordErrors) {
  }

  private ChunkOrderBench() {
  }

  /** Paragraph texts (P and H blocks) of a gold file in the clean-score format. */
  static List<String> paragraphs(Path gold) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.startsWith("P: ") || line.startsWith("H: ")) {
        out.add(line.substring(3).strip());
      }
    }
    return out;
  }

  static Result run(List<String> paragraphs, long seed, double damageRate) {
    return run(paragraphs, seed, damageRate, Junctions.defaultWeights());
  }

  /** As {@link #run(List, long, double)}, the chunk-order step weighing junctions with {@code weights}. */
  static Result run(List<String> paragraphs, long seed, double damageRate, double[] weights) {
    Random rnd = new Random(seed);
    int width = 70 + rnd.nextInt(26);
    List<String> raw = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    List<Boolean> damaged = new ArrayList<>();
    for (String p : paragraphs) {
      List<String> lines = wrap(p, width);
      for (int i = 0; i < lines.size(); i++) {
        if (i == lines.size() - 1 && i > 0 && rnd.nextDouble() < 0.7) {
          raw.add("");
          expected.add("");
          damaged.add(false);
        }
        String line = lines.get(i);
        String cut = rnd.nextDouble() < damageRate ? damage(line, rnd) : null;
        raw.add(cut == null ? line : cut);
        expected.add(line);
        damaged.add(cut != null);
      }
      raw.add("");
      expected.add("");
      damaged.add(false);
    }
    Draft d = new Draft(Articles.raw(String.join("\n", raw) + "\n"), new Problems());
    for (CleanStep s : List.of(new DecodeStep(), new GlyphStep(), new UnicodeStep(), new KashidaStep(),
        new ChunkOrderStep(weights))) {
      s.apply(d);
    }
    int dam = 0;
    int ok = 0;
    int intact = 0;
    int changed = 0;
    List<String> misses = new ArrayList<>();
    int words = 0;
    int errors = 0;
    for (int i = 0; i < expected.size() && i < d.lines.size(); i++) {
      if (expected.get(i).isEmpty()) {
        continue;
      }
      String got = d.lines.get(i).text;
      List<String> want = Arrays.asList(expected.get(i).split(" "));
      words += want.size();
      errors += GoldenSeedTest.editDistance(want, Arrays.asList(got.strip().split("\\s+")));
      if (damaged.get(i)) {
        dam++;
        if (got.equals(expected.get(i))) {
          ok++;
        } else {
          misses.add("raw:  " + raw.get(i) + "\n  got:  " + got + "\n  want: " + expected.get(i));
        }
      } else {
        intact++;
        if (!got.equals(expected.get(i))) {
          changed++;
          misses.add("INTACT CHANGED: " + got + "\n  want: " + expected.get(i));
        }
      }
    }
    return new Result(dam, ok, intact, changed, misses, words, errors);
  }

  static List<String> wrap(String paragraph, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (String w : paragraph.split("\\s+")) {
      if (b.length() > 0 && b.length() + 1 + w.length() > width) {
        out.add(b.toString());
        b.setLength(0);
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w);
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return out;
  }

  /** Cuts the line inside a word between ر/ز and a following ي (not the word's last letter); null if none. */
  static String damage(String line, Random rnd) {
    String[] words = line.split(" ");
    if (words.length < 3) {
      return null;
    }
    List<int[]> cuts = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      for (int p = 1; p + 1 < w.length(); p++) {
        char a = w.charAt(p - 1);
        if ((a == 'ر' || a == 'ز') && w.charAt(p) == 'ي' && Character.isLetter(w.charAt(p + 1))) {
          cuts.add(new int[] {i, p});
        }
      }
    }
    if (cuts.isEmpty()) {
      return null;
    }
    int[] c = cuts.get(rnd.nextInt(cuts.size()));
    List<String> c1 = new ArrayList<>(Arrays.asList(words).subList(0, c[0]));
    c1.add(words[c[0]].substring(0, c[1]));
    List<String> c2 = new ArrayList<>();
    c2.add(words[c[0]].substring(c[1]));
    c2.addAll(Arrays.asList(words).subList(c[0] + 1, words.length));
    return String.join(" ", c2) + " " + String.join(" ", c1);
  }

  public static void main(String[] args) throws IOException {
    int trials = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    boolean verbose = args.length > 1;
    String[] files = {"src/test/resources/gold/000.txt", "src/test/resources/gold/002-reading.txt"};
    for (String file : files) {
      List<String> paras = paragraphs(Path.of(file));

      int dam = 0;
      int ok = 0;
      int intact = 0;
      int changed = 0;
      int words = 0;
      int errors = 0;
      for (int s = 0; s < trials; s++) {
        Result r = run(paras, s, 0.35);
        dam += r.damaged();
        ok += r.restored();
        intact += r.intact();
        changed += r.changed();
        words += r.words();
        errors += r.wordErrors();
        if (verbose && s < 3) {
          r.misses().forEach(m -> System.out.println("  " + m));
        }
      }
      System.out.printf("%s: damaged lines restored %d/%d = %.3f; intact lines changed %d/%d; word accuracy %.4f%n",
          file, ok, dam, (double) ok / dam, changed, intact, 1.0 - (double) errors / words);
    }
  }
}
