package org.malaf.explore.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits blocks into sentences with ICU's Arabic sentence rules (؟ and ! end sentences too). An instance
 * keeps one {@link BreakIterator}, which is not thread-safe: make one per thread or job.
 */
public final class Sentences {

  private final BreakIterator iterator = BreakIterator.getSentenceInstance(new ULocale("ar"));

  /** The sentences of {@code text}, trimmed, empty ones left out. */
  public List<String> split(String text) {
    iterator.setText(text);
    List<String> out = new ArrayList<>();
    for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      String sentence = text.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        out.add(sentence);
      }
    }
    return out;
  }

  /** The span of the sentence of {@code text} that contains offset {@code at}. */
  public Span around(String text, int at) {
    if (text.isEmpty()) {
      return new Span(0, 0);
    }
    iterator.setText(text);
    int end = iterator.following(Math.min(Math.max(at, 0), text.length() - 1));
    int start = iterator.previous();
    return new Span(start, end == BreakIterator.DONE ? text.length() : end);
  }

  /** A range {@code [start, end)} of a text. */
  public record Span(int start, int end) {
  }
}
