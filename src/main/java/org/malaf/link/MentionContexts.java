package org.malaf.link;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.malaf.annotate.Mention;

/**
 * Cuts the sentence around a mention with ICU's Arabic sentence rules, so an actor page can show each
 * mention in context. Long sentences are trimmed to a window around the mention, at word boundaries.
 */
final class MentionContexts {

  private static final int MAX_SIDE = 160;
  private final BreakIterator prototype;

  MentionContexts() {
    this.prototype = BreakIterator.getSentenceInstance(new ULocale("ar"));
  }

  MentionContext of(String text, Mention mention) {
    // BreakIterator keeps the text it walks, so each caller works on its own copy.
    BreakIterator sentences = (BreakIterator) prototype.clone();
    sentences.setText(text);
    int start = sentences.preceding(Math.min(text.length(), mention.start() + 1));
    start = start == BreakIterator.DONE ? 0 : start;
    int end = sentences.following(Math.max(0, mention.end() - 1));
    end = end == BreakIterator.DONE ? text.length() : end;
    String before = text.substring(start, mention.start());
    String after = text.substring(mention.end(), end);
    return new MentionContext(mention.block() + 1, trimStart(before), mention.surface(), trimEnd(after));
  }

  private static String trimStart(String before) {
    if (before.length() <= MAX_SIDE) {
      return before.stripLeading();
    }
    String cut = before.substring(before.length() - MAX_SIDE);
    int space = cut.indexOf(' ');
    return "… " + (space >= 0 ? cut.substring(space + 1) : cut);
  }

  private static String trimEnd(String after) {
    if (after.length() <= MAX_SIDE) {
      return after.stripTrailing();
    }
    String cut = after.substring(0, MAX_SIDE);
    int space = cut.lastIndexOf(' ');
    return (space > 0 ? cut.substring(0, space) : cut) + " …";
  }
}
