package org.malaf.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedListingTest {

  private final PagedListing listing = new PagedListing(SitePath.of("sources.html"), "sources", 3);
  private final List<Integer> items = IntStream.range(0, 7).boxed().toList();

  @Test
  void thePagesTakeTheItemsInOrderAndTheFirstKeepsItsOwnName() {
    assertThat(listing.pageCount(items.size())).isEqualTo(3);
    assertThat(listing.pageCount(0)).as("an empty listing still has its page").isEqualTo(1);
    assertThat(listing.slice(items, 1)).containsExactly(0, 1, 2);
    assertThat(listing.slice(items, 3)).containsExactly(6);
    assertThat(listing.slice(List.of(), 1)).isEmpty();
    assertThat(listing.path(1).value()).isEqualTo("sources.html");
    assertThat(listing.path(3).value()).isEqualTo("sources/3.html");
    assertThat(listing.pageOf(5)).isEqualTo(2);
  }

  @Test
  void eachPageLinksToItsNeighboursRelativeToItself() {
    assertThat(listing.previousHref(1)).isEmpty();
    assertThat(listing.nextHref(1, 3)).isEqualTo("sources/2.html");
    assertThat(listing.previousHref(2)).isEqualTo("../sources.html");
    assertThat(listing.nextHref(2, 3)).isEqualTo("3.html");
    assertThat(listing.nextHref(3, 3)).isEmpty();
  }
}
