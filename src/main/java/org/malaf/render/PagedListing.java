package org.malaf.render;

import java.util.List;

/**
 * A listing spread over numbered pages, {@code size} items a page: page 1 is {@code first}, page N is
 * {@code folder/N.html}. Home, sources and the timeline each have one, so their paths, slices and links to
 * the previous and next page are made the same way.
 */
public record PagedListing(SitePath first, String folder, int size) {

  public PagedListing {
    if (size < 1) {
      throw new IllegalArgumentException("a page holds at least one item");
    }
  }

  /** Page {@code number} (1-based). */
  public SitePath path(int number) {
    return number == 1 ? first : SitePath.of(folder + "/" + number + ".html");
  }

  /** How many pages {@code items} items take: one even for none. */
  public int pageCount(int items) {
    return Math.max(1, (items + size - 1) / size);
  }

  /** The page holding the item at {@code index} (0-based) of the whole listing. */
  public int pageOf(int index) {
    return index / size + 1;
  }

  /** The index in the whole listing of page {@code number}'s first item. */
  public int start(int number) {
    return (number - 1) * size;
  }

  /** The items of page {@code number}. */
  public <T> List<T> slice(List<T> items, int number) {
    return items.subList(Math.min(items.size(), start(number)), Math.min(items.size(), number * size));
  }

  /** The link from page {@code number} to the page before it, "" from the first. */
  public String previousHref(int number) {
    return number > 1 ? path(number - 1).relativeTo(path(number)) : "";
  }

  /** The link from page {@code number} to the page after it, "" from the last of {@code pageCount}. */
  public String nextHref(int number, int pageCount) {
    return number < pageCount ? path(number + 1).relativeTo(path(number)) : "";
  }
}
