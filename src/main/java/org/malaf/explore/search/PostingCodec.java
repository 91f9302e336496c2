package org.malaf.explore.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a term's postings (article number, how often) as a short ASCII string: article numbers as gaps,
 * each number in base 32 with its last digit from one alphabet and the others from a second one, so the
 * digits delimit themselves. About 2.5 characters a posting; search.js decodes it in one pass.
 */
public final class PostingCodec {

  /** The last digit of a number. */
  static final String LAST = "0123456789abcdefghijklmnopqrstuv";
  /** Every digit but the last. */
  static final String MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
  /** Counts above this are stored as this: ranking flattens them anyway. */
  static final int MAX_COUNT = 32;

  private PostingCodec() {
  }

  /** One article's count of a term. */
  public record Posting(int article, int count) {
  }

  /** Encodes postings given in increasing article order. */
  public static String encode(List<Posting> postings) {
    StringBuilder out = new StringBuilder(postings.size() * 3);
    int previous = 0;
    for (Posting p : postings) {
      if (p.article() < previous) {
        throw new IllegalArgumentException("postings must be in article order");
      }
      append(p.article() - previous, p.count(), out);
      previous = p.article();
    }
    return out.toString();
  }

  /** Appends one posting: the gap from the previous article number (the number itself for the first) and the count. */
  static void append(int gap, int count, StringBuilder out) {
    if (gap < 0 || count < 1) {
      throw new IllegalArgumentException("bad posting " + gap + "/" + count);
    }
    number(gap, out);
    out.append(LAST.charAt(Math.min(count, MAX_COUNT) - 1));
  }

  /** The inverse of {@link #encode}, with counts capped at {@link #MAX_COUNT}; used by tests and tools. */
  public static List<Posting> decode(String encoded) {
    List<Posting> out = new ArrayList<>();
    int value = 0;
    int article = 0;
    boolean wantCount = false;
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      int last = LAST.indexOf(c);
      if (last < 0) {
        value = value * 32 + MORE.indexOf(c);
        continue;
      }
      value = value * 32 + last;
      if (wantCount) {
        out.add(new Posting(article, value + 1));
      } else {
        article += value;
      }
      wantCount = !wantCount;
      value = 0;
    }
    return out;
  }

  private static void number(int value, StringBuilder out) {
    int digits = 1;
    for (int v = value >>> 5; v > 0; v >>>= 5) {
      digits++;
    }
    for (int d = digits - 1; d > 0; d--) {
      out.append(MORE.charAt((value >>> (5 * d)) & 31));
    }
    out.append(LAST.charAt(value & 31));
  }
}
