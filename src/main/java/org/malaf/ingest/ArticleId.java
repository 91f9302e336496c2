package org.malaf.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An article's identity: the seed file's name without {@code .txt} (e.g. {@code 000_ec8d3b60c03d02b9}).
 * Only ASCII letters, digits, '-' and '_' are allowed, so an id can never name a path outside the site.
 */
public record ArticleId(String value) implements Comparable<ArticleId> {

  private static final int MAX_LENGTH = 100;
  /** Names Windows refuses as file names, whatever the extension. */
  private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
      "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  public ArticleId {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("invalid article id: " + value);
    }
  }

  /** True when {@code value} is a safe, portable id (ASCII, no path characters, not a reserved device name). */
  public static boolean isValid(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-') {
        return false;
      }
    }
    return value.length() > 4 || !RESERVED.contains(value.toLowerCase(Locale.ROOT));
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * The short reference editors write in notes ({@code [[article:002]]}): the part before the first
   * underscore, or the whole id when it has none.
   */
  public String shortRef() {
    int cut = value.indexOf('_');
    return cut > 0 ? value.substring(0, cut) : value;
  }

  @Override
  public int compareTo(ArticleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
