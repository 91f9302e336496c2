package org.malaf.render.bidi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.malaf.render.Html;

/**
 * Finds the left-to-right islands (Latin words, numbers, URLs) inside Arabic text, so they can be
 * wrapped in {@code <bdi>}: without isolation a Latin name at a sentence end drags the punctuation
 * around it to the wrong side.
 */
public final class BidiRuns {

  /** A run starts with a Latin letter or digit and keeps Latin words joined by single spaces. */
  private static final Pattern LTR = Pattern.compile(
      "[A-Za-z0-9](?:[A-Za-z0-9.,:/%+_&'\\-]|[ ](?=[A-Za-z0-9]))*");

  private BidiRuns() {
  }

  /** Spans [start, end) of the LTR runs, trailing sentence punctuation excluded. */
  public static List<int[]> find(String text) {
    List<int[]> runs = new ArrayList<>();
    Matcher m = LTR.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() + 1 && ".,:-'".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      runs.add(new int[] {m.start(), end});
    }
    return runs;
  }

  /** Escaped text with each LTR run wrapped in {@code <bdi>}. */
  public static String isolate(String text) {
    StringBuilder out = new StringBuilder(text.length() + 32);
    int at = 0;
    for (int[] run : find(text)) {
      Html.escapeTo(text.substring(at, run[0]), out);
      out.append("<bdi>");
      Html.escapeTo(text.substring(run[0], run[1]), out);
      out.append("</bdi>");
      at = run[1];
    }
    Html.escapeTo(text.substring(at), out);
    return out.toString();
  }
}
