package org.malaf.render;

import java.util.Objects;

/**
 * A file's path inside the built site, always relative and '/'-separated ({@code articles/x.html}).
 * {@link #relativeTo} is the only way pages make hrefs, so every link is relative and works from
 * {@code file://} and under any sub-path.
 */
public record SitePath(String value) implements Comparable<SitePath> {

  public SitePath {
    Objects.requireNonNull(value, "value");
    if (!isSafe(value)) {
      throw new IllegalArgumentException("not a safe site path: " + value);
    }
  }

  /**
   * Segments of ASCII letters, digits, '.', '_' and '-' joined by single '/', no "..", no leading '.'.
   * A loop rather than a regular expression: every link of every page makes a path.
   */
  private static boolean isSafe(String value) {
    if (value.isEmpty() || value.charAt(0) == '.' || value.contains("..")) {
      return false;
    }
    char previous = '/';
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
          || c == '-';
      if (!plain && (c != '/' || previous == '/')) {
        return false;
      }
      previous = c;
    }
    return previous != '/';
  }

  public static SitePath of(String value) {
    return new SitePath(value);
  }

  /** The folder part, "" for a file at the root. */
  public String folder() {
    int slash = value.lastIndexOf('/');
    return slash < 0 ? "" : value.substring(0, slash);
  }

  /** The href that leads from the page at {@code from} to this file. */
  public String relativeTo(SitePath from) {
    String[] fromDirs = from.folder().isEmpty() ? new String[0] : from.folder().split("/");
    String[] to = value.split("/");
    int common = 0;
    while (common < fromDirs.length && common < to.length - 1 && fromDirs[common].equals(to[common])) {
      common++;
    }
    StringBuilder href = new StringBuilder();
    for (int i = common; i < fromDirs.length; i++) {
      href.append("../");
    }
    for (int i = common; i < to.length; i++) {
      href.append(to[i]);
      if (i < to.length - 1) {
        href.append('/');
      }
    }
    return href.toString();
  }

  /** The prefix that leads from this page back to the site's root ("" or "../"). */
  public String rootPrefix() {
    return "../".repeat(folder().isEmpty() ? 0 : folder().split("/").length);
  }

  @Override
  public int compareTo(SitePath other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
