package org.malaf.render;

import org.malaf.render.bidi.BidiRuns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds the inner HTML of one block: its escaped text with spans (editor notes, actor mentions, LTR
 * runs) and zero-width markers (note and footnote markers). Spans may overlap, so tags are closed and
 * reopened at boundaries to keep the markup well nested: notes outermost, then mentions, then bdi.
 */
final class BlockHtml {

  /** A decorated stretch of text; {@code layer} orders nesting (lower is outer). */
  record Span(int start, int end, int layer, String open, String close) {
  }

  /** HTML inserted at an offset, after every span ending there has been closed. */
  record Marker(int at, String html) {
  }

  private final String text;
  private final List<Span> spans = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();

  BlockHtml(String text) {
    this.text = text;
    for (int[] run : BidiRuns.find(text)) {
      spans.add(new Span(run[0], run[1], 9, "<bdi>", "</bdi>"));
    }
  }

  BlockHtml span(int start, int end, int layer, String open, String close) {
    if (start < end && start >= 0 && end <= text.length()) {
      spans.add(new Span(start, end, layer, open, close));
    }
    return this;
  }

  BlockHtml marker(int at, String html) {
    markers.add(new Marker(Math.max(0, Math.min(at, text.length())), html));
    return this;
  }

  String render() {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Span s : spans) {
      cuts.add(s.start());
      cuts.add(s.end());
    }
    for (Marker m : markers) {
      cuts.add(m.at());
    }
    List<Span> ordered = new ArrayList<>(spans);
    ordered.sort(Comparator.comparingInt(Span::layer).thenComparingInt(Span::start));
    StringBuilder out = new StringBuilder(text.length() * 2);
    List<Span> open = new ArrayList<>();
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null) {
        emitSegment(prev, cut, ordered, open, out);
      }
      closeEnded(cut, open, out);
      for (Marker m : markers) {
        if (m.at() == cut) {
          closeAll(open, out);
          out.append(m.html());
        }
      }
      prev = cut;
    }
    closeAll(open, out);
    return out.toString();
  }

  private void emitSegment(int from, int to, List<Span> ordered, List<Span> open, StringBuilder out) {
    List<Span> wanted = new ArrayList<>();
    for (Span s : ordered) {
      if (s.start() <= from && s.end() >= to) {
        wanted.add(s);
      }
    }
    // keep the longest common prefix of the open stack, reopen the rest in nesting order
    int keep = 0;
    while (keep < open.size() && keep < wanted.size() && open.get(keep) == wanted.get(keep)) {
      keep++;
    }
    while (open.size() > keep) {
      out.append(open.remove(open.size() - 1).close());
    }
    for (int i = keep; i < wanted.size(); i++) {
      out.append(wanted.get(i).open());
      open.add(wanted.get(i));
    }
    Html.escapeTo(text.substring(from, to), out);
  }

  private static void closeEnded(int cut, List<Span> open, StringBuilder out) {
    for (int i = 0; i < open.size(); i++) {
      if (open.get(i).end() <= cut) {
        while (open.size() > i) {
          out.append(open.remove(open.size() - 1).close());
        }
        return;
      }
    }
  }

  private static void closeAll(List<Span> open, StringBuilder out) {
    while (!open.isEmpty()) {
      out.append(open.remove(open.size() - 1).close());
    }
  }
}
