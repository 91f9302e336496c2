package org.malaf.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Re-joins hard-wrapped lines into paragraphs and sets apart headings, captions and source URLs. Blank
 * lines are evidence, not truth: a paragraph stays open until a line ends a sentence, so a last line that
 * the extraction set apart by a blank line (or by a run of sources) is re-attached.
 */
final class ParagraphStep implements CleanStep {

  /** Headings are short: at most this many words. */
  static final int HEADING_WORDS = 8;
  /** Captions and headings are narrower than a justified body line. */
  static final double DISPLAY_WIDTH = 0.8;

  @Override
  public String name() {
    return "paragraphs";
  }

  @Override
  public void apply(Draft d) {
    List<Line> lines = d.lines;
    double full = fullWidth(lines);
    List<Line> current = new ArrayList<>();
    List<Para> heldSources = new ArrayList<>();
    int lastNonBlank = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (SourceUrls.isUrl(line.text)) {
        Para source = new Para(BlockType.SOURCE, List.of(line));
        line.text = line.text.strip();
        if (SourceUrls.isTruncated(line.text)) {
          d.repair(RepairKind.TRUNCATED_URL, line.number, 1, line.text, line.text, 0.9);
          d.problems.warning(d.at(line.number, 1), "this source URL is cut off in the middle of a percent escape",
              "replace it with the full address, or drop the line");
        }
        // A source list can stand in the middle of a paragraph (a page footer); it goes after that paragraph.
        (isOpen(current) ? heldSources : d.paras).add(source);
        continue;
      }
      if (isOpen(current)) {
        Line previous = current.get(current.size() - 1);
        if (lastNonBlank != i - 1 || previous.number != line.number - 1) {
          d.repair(RepairKind.PARAGRAPH_JOIN, line.number, 1, edge(previous.text, true) + " ¶ " + edge(line.text, false),
              edge(previous.text, true) + " " + edge(line.text, false), 0.9);
        }
        current.add(line);
        lastNonBlank = i;
        continue;
      }
      flush(d, current, heldSources);
      BlockType display = display(line, alone(lines, i), full);
      if (display != null) {
        d.paras.add(new Para(display, List.of(line)));
        d.repair(RepairKind.DISPLAY, line.number, 1, line.text.strip(), display.key(), 0.8);
      } else {
        current.add(line);
      }
      lastNonBlank = i;
    }
    flush(d, current, heldSources);
  }

  private static void flush(Draft d, List<Line> current, List<Para> heldSources) {
    if (!current.isEmpty()) {
      d.paras.add(new Para(BlockType.PARAGRAPH, current));
      current.clear();
    }
    d.paras.addAll(heldSources);
    heldSources.clear();
  }

  /** A paragraph is open while its last line does not end a sentence (a colon announces more, so it is open). */
  private static boolean isOpen(List<Line> current) {
    if (current.isEmpty()) {
      return false;
    }
    return !Words.isTerminal(lastWord(current.get(current.size() - 1).text.strip()));
  }

  /** Heading, caption, or null for a line that starts a paragraph; called only where no paragraph is open. */
  static BlockType display(Line line, boolean alone, double full) {
    String text = line.text.strip();
    if (Words.isTerminal(lastWord(text))) {
      return null;
    }
    double width = width(line);
    boolean narrow = width < DISPLAY_WIDTH * full;
    if (alone && narrow) {
      return spaces(text) + 1 <= HEADING_WORDS && !line.leadingSpace ? BlockType.HEADING : BlockType.CAPTION;
    }
    return null;
  }

  /** The line is followed by a blank line, a source or the end: nothing continues it directly. */
  private static boolean alone(List<Line> lines, int i) {
    return i + 1 >= lines.size() || lines.get(i + 1).isBlank() || SourceUrls.isUrl(lines.get(i + 1).text);
  }

  /** Visual width of a line: its characters with the kashida that justified it. */
  static double width(Line line) {
    String t = line.withKashida;
    int start = Words.stripStart(t);
    int end = Words.stripEnd(t, start);
    return t.codePointCount(start, end);
  }

  /** The last of the words that {@code split(" ")} gives of a stripped text. */
  private static String lastWord(String stripped) {
    return stripped.substring(stripped.lastIndexOf(' ') + 1);
  }

  /** How many spaces the text holds: one less than the words {@code split(" ")} gives of a stripped text. */
  private static int spaces(String stripped) {
    int n = 0;
    for (int i = stripped.indexOf(' '); i >= 0; i = stripped.indexOf(' ', i + 1)) {
      n++;
    }
    return n;
  }

  /** Typical width of a justified line: the median of lines that another line follows directly. */
  static double fullWidth(List<Line> lines) {
    double[] widths = new double[lines.size()];
    int n = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!lines.get(i).isBlank() && !lines.get(i + 1).isBlank() && !SourceUrls.isUrl(lines.get(i).text)) {
        widths[n++] = width(lines.get(i));
      }
    }
    if (n == 0) {
      return lines.stream().mapToDouble(ParagraphStep::width).max().orElse(1);
    }
    double[] w = Arrays.copyOf(widths, n);
    Arrays.sort(w);
    return w[n / 2];
  }

  /** The first or last three words (split at single spaces) of a line, for the report. */
  private static String edge(String text, boolean end) {
    String t = text.strip();
    if (end) {
      int at = t.length();
      for (int k = 0; k < 3 && at >= 0; k++) {
        at = t.lastIndexOf(' ', at - 1);
      }
      return "…" + t.substring(at + 1);
    }
    int at = t.indexOf(' ');
    for (int k = 1; k < 3 && at >= 0; k++) {
      at = t.indexOf(' ', at + 1);
    }
    return (at < 0 ? t : t.substring(0, at)) + "…";
  }
}
