package org.malaf.render.bidi;

import java.util.ArrayList;
import java.util.List;
import org.malaf.render.Html;

/**
 * Finds the left-to-right islands (Latin words, numbers, URLs) inside Arabic text, so they can be
 * wrapped in {@code <bdi>}: without isolation a Latin name at a sentence end drags the punctuation
 * around it to the wrong side.
 */
public final class BidiRuns {

  /** Characters that continue a run after its first letter or digit (besides letters and digits). */
  private static final String JOINERS = ".,:/%+_&'-";
  /** Characters a run does not end with: sentence punctuation after a Latin word belongs to the sentence. */
  private static final String TRAILING = ".,:-'";

  private BidiRuns() {
  }

  /**
   * Spans [start, end) of the LTR runs, trailing sentence punctuation excluded. A run starts with a Latin
   * letter or digit and goes on through letters, digits, {@link #JOINERS} and single spaces before another
   * letter or digit. A scan rather than a regular expression: the text is mostly Arabic, and a matcher
   * tried at each of its characters was a sixth of the time of building an article page.
   */
  public static List<int[]> find(String text) {
    List<int[]> runs = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!latinOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int end = i + 1;
      while (end < n) {
        char c = text.charAt(end);
        if (latinOrDigit(c) || JOINERS.indexOf(c) >= 0 || (c == ' ' && end + 1 < n && latinOrDigit(text.charAt(end + 1)))) {
          end++;
        } else {
          break;
        }
      }
      i = end;
      while (end > start + 1 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      runs.add(new int[] {start, end});
    }
    return runs;
  }

  private static boolean latinOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
