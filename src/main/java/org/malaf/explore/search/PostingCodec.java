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

  /**
   * {@code encoded} with {@code article}'s posting set to {@code count}, or removed when {@code count} is 0:
   * the postings before it are kept as they are, and only the gap of the posting after it is written anew.
   */
  static String withPosting(String encoded, int article, int count) {
    int at = 0;
    int previous = 0; // the article of the posting before {@code at}
    while (at < encoded.length()) {
      int end = numberEnd(encoded, at);
      int next = previous + valueOf(encoded, at, end);
      if (next >= article) {
        StringBuilder out = new StringBuilder(encoded.length() + 8).append(encoded, 0, at);
        int base = previous;
        if (count > 0) {
          append(article - previous, count, out);
          base = article;
        }
        if (next > article) {
          append(next - base, valueOf(encoded, end, end + 1) + 1, out); // the following posting, gap anew
        } else if (end + 1 < encoded.length()) {
          int followingEnd = numberEnd(encoded, end + 1);
          int following = next + valueOf(encoded, end + 1, followingEnd);
          append(following - base, valueOf(encoded, followingEnd, followingEnd + 1) + 1, out);
          end = followingEnd;
        }
        return out.append(encoded, Math.min(end + 1, encoded.length()), encoded.length()).toString();
      }
      previous = next;
      at = end + 1; // past the count
    }
    StringBuilder out = new StringBuilder(encoded);
    if (count > 0) {
      append(article - previous, count, out);
    }
    return out.toString();
  }

  /** Where the number starting at {@code from} ends: the index of its last digit, plus one. */
  private static int numberEnd(String encoded, int from) {
    int i = from;
    while (DIGIT[encoded.charAt(i)] >= 32) {
      i++;
    }
    return i + 1;
  }

  /** The number written in {@code encoded[from, end)}, its last digit at {@code end - 1}. */
  private static int valueOf(String encoded, int from, int end) {
    int value = 0;
    for (int i = from; i < end; i++) {
      value = value * 32 + (DIGIT[encoded.charAt(i)] & 31);
    }
    return value;
  }

  /** Each digit's value, plus 32 for the digits of {@link #MORE}; -1 for other characters. */
  private static final int[] DIGIT = digits();

  private static int[] digits() {
    int[] digit = new int[128];
    java.util.Arrays.fill(digit, -1);
    for (int i = 0; i < 32; i++) {
      digit[LAST.charAt(i)] = i;
      digit[MORE.charAt(i)] = 32 + i;
    }
    return digit;
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
