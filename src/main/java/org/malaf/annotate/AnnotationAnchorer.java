package org.malaf.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.clean.CleanArticle;
import org.malaf.diag.Problems;
import org.malaf.ingest.AnnotationSpec;

/**
 * Anchors the sidecar's annotations in the cleaned text (after the editor's corrections) with W3C Web
 * Annotation TextQuoteSelector semantics; a quote found 0 or 2+ times, or overlapping another, is an error.
 *
 * <p>The quote is exact text inside one non-source block. The optional prefix and suffix are the text
 * right before and after it, compared after collapsing whitespace and ignoring whitespace at the quote's
 * edge (YAML drops trailing spaces); they may be any part of that context, however short, and the prefix
 * may reach back into earlier blocks. Unlike Hypothesis, nothing is re-attached by fuzzy matching: a near
 * match is only named in the error, so a note never lands on the wrong text silently.
 */
public final class AnnotationAnchorer {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int QUOTE_SHOWN = 40;

  /** A quote's place before numbering. */
  private record Anchor(AnnotationSpec spec, int block, int start, int end) {
  }

  /** The article's notes, numbered in text order; each failure is reported to {@code problems}. */
  public List<Note> anchor(CleanArticle article, Problems problems) {
    List<Anchor> anchors = new ArrayList<>();
    for (AnnotationSpec spec : article.raw().sidecar().annotations()) {
      Anchor anchor = locate(article, spec, problems);
      if (anchor != null) {
        anchors.add(anchor);
      }
    }
    anchors.sort(Comparator.comparingInt(Anchor::block).thenComparingInt(Anchor::start).thenComparingInt(Anchor::end));
    List<Note> notes = new ArrayList<>(anchors.size());
    Anchor last = null;
    for (Anchor a : anchors) {
      if (last != null && last.block == a.block && a.start < last.end) {
        problems.error(a.spec.declaredAt(), "annotation quote " + shown(a.spec.quote()) + " overlaps the annotation "
            + shown(last.spec.quote()) + " declared at " + last.spec.declaredAt(),
            "two notes can't share text: shorten one quote or merge the two notes");
        continue;
      }
      last = a;
      notes.add(new Note(notes.size() + 1, a.block, a.start, a.end, a.spec.quote(), a.spec.noteMd(),
          a.spec.declaredAt()));
    }
    return notes;
  }

  private Anchor locate(CleanArticle article, AnnotationSpec spec, Problems problems) {
    String quote = spec.quote();
    if (quote.isBlank()) {
      problems.error(spec.declaredAt(), "annotation quote is empty", "copy a passage from `./malaf clean "
          + fileOf(article) + "` into 'quote'");
      return null;
    }
    List<Block> blocks = article.blocks();
    List<Anchor> occurrences = new ArrayList<>();
    List<Anchor> matches = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b).type() == BlockType.SOURCE) {
        continue;
      }
      String text = blocks.get(b).text();
      for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        Anchor anchor = new Anchor(spec, b, at, at + quote.length());
        occurrences.add(anchor);
        if (prefixMatches(blocks, b, at, spec.prefix()) && suffixMatches(text, anchor.end, spec.suffix())) {
          matches.add(anchor);
        }
      }
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    String what = "annotation quote " + shown(quote);
    if (matches.size() > 1) {
      problems.error(spec.declaredAt(), what + " matches " + matches.size() + " times",
          "add a prefix or suffix to choose one (it occurs at " + lines(blocks, matches) + " of " + fileOf(article) + ")");
    } else if (!occurrences.isEmpty()) {
      problems.error(spec.declaredAt(), what + " matches nothing in the cleaned article with its prefix/suffix",
          "the quote occurs " + occurrences.size() + (occurrences.size() == 1 ? " time" : " times") + " (at "
              + lines(blocks, occurrences) + ") but never with that context — copy the prefix and suffix from `./malaf clean "
              + fileOf(article) + "`");
    } else {
      problems.error(spec.declaredAt(), what + " matches nothing in the cleaned article",
          "copy the quote from `./malaf clean " + fileOf(article) + "` or fix it with a correction"
              + nearMatchHint(blocks, quote));
    }
    return null;
  }

  /** The prefix (whitespace-collapsed) ends the text before the quote, reaching back over earlier blocks. */
  private static boolean prefixMatches(List<Block> blocks, int b, int at, String prefix) {
    String wanted = collapse(prefix).strip();
    if (wanted.isEmpty()) {
      return true;
    }
    StringBuilder before = new StringBuilder(blocks.get(b).text().substring(0, at));
    for (int p = b - 1; p >= 0 && before.length() <= wanted.length(); p--) {
      if (blocks.get(p).type() != BlockType.SOURCE) {
        before.insert(0, blocks.get(p).text() + " ");
      }
    }
    return collapse(before.toString()).stripTrailing().endsWith(wanted);
  }

  /** The suffix (whitespace-collapsed) starts the rest of the quote's block. */
  private static boolean suffixMatches(String text, int end, String suffix) {
    String wanted = collapse(suffix).strip();
    return wanted.isEmpty() || collapse(text.substring(end)).stripLeading().startsWith(wanted);
  }

  /** Names a place where the quote matches once spaces are collapsed and kashida dropped, if any. */
  private static String nearMatchHint(List<Block> blocks, String quote) {
    String loose = loosen(quote);
    for (Block block : blocks) {
      if (block.type() != BlockType.SOURCE && !loose.isEmpty() && loosen(block.text()).contains(loose)) {
        String range = block.lineRange();
        return " (it nearly matches at " + (range.contains("-") ? "lines " : "line ") + range
            + ", apart from spaces or kashida)";
      }
    }
    return "";
  }

  private static String loosen(String s) {
    return collapse(s.replace("\u0640", "")).strip();
  }

  private static String collapse(String s) {
    return SPACES.matcher(s).replaceAll(" ");
  }

  private static String lines(List<Block> blocks, List<Anchor> anchors) {
    List<String> ranges = anchors.stream().map(a -> blocks.get(a.block).lineRange()).distinct().toList();
    StringJoiner out = new StringJoiner(", ", ranges.size() == 1 && !ranges.get(0).contains("-") ? "line " : "lines ", "");
    ranges.forEach(out::add);
    return out.toString();
  }

  private static String fileOf(CleanArticle article) {
    return article.raw().file().toString().replace('\\', '/');
  }

  /** The quote in «», cut to {@value #QUOTE_SHOWN} code points so a long passage keeps the line readable. */
  static String shown(String quote) {
    String q = collapse(quote).strip();
    if (q.codePointCount(0, q.length()) > QUOTE_SHOWN) {
      q = q.substring(0, q.offsetByCodePoints(0, QUOTE_SHOWN)) + "…";
    }
    return "«" + q + "»";
  }
}
