package org.malaf.explore;

import org.malaf.render.PagedListing;
import org.malaf.render.SitePath;

/** Where the explore pages and their data files live in the site. */
public final class ExplorePaths {

  public static final SitePath SEARCH = SitePath.of("search.html");
  public static final SitePath TIMELINE = SitePath.of("timeline.html");
  public static final SitePath NETWORK = SitePath.of("network.html");
  public static final SitePath SEARCH_META = SitePath.of("search/meta.js");
  public static final SitePath SEARCH_SCRIPT = SitePath.of("static/js/search.js");
  public static final SitePath PREVIEWS_META = SitePath.of("previews/meta.js");
  /** The timeline, 300 events a page (a 10,000-article dossier has tens of thousands): {@code timeline/N.html}. */
  public static final PagedListing TIMELINE_PAGES = new PagedListing(TIMELINE, "timeline", 300);

  private ExplorePaths() {
  }

  /** Postings of the terms of shard {@code i}. */
  public static SitePath searchShard(int i) {
    return SitePath.of("search/s/" + i + ".js");
  }

  /** The sentences of the {@code i}-th article (site order, newest first). */
  public static SitePath searchText(int i) {
    return SitePath.of("search/t/" + i + ".js");
  }

  public static SitePath previewBucket(int i) {
    return SitePath.of("previews/b" + i + ".js");
  }
}
