package org.malaf.render;

import org.malaf.ingest.ActorId;
import org.malaf.ingest.Sidecar;

/** Where each kind of page lives in the site. */
public final class SitePaths {

  public static final SitePath HOME = SitePath.of("index.html");
  public static final SitePath ACTORS = SitePath.of("actors/index.html");
  public static final SitePath SOURCES = SitePath.of("sources.html");
  public static final SitePath STYLESHEET = SitePath.of("static/css/malaf.css");
  public static final SitePath SCRIPT = SitePath.of("static/js/malaf.js");
  public static final SitePath DATA = SitePath.of("dossier.json");
  /** The home listing, 50 articles a page (ten thousand cards would make a 10 MB page): {@code page/N.html}. */
  public static final PagedListing HOME_PAGES = new PagedListing(HOME, "page", 50);
  /** The sources listing, 200 sources a page: {@code sources/N.html}. */
  public static final PagedListing SOURCES_PAGES = new PagedListing(SOURCES, "sources", 200);

  private SitePaths() {
  }

  public static SitePath article(Sidecar sidecar) {
    return SitePath.of("articles/" + sidecar.slug() + ".html");
  }

  public static SitePath actor(ActorId id) {
    return SitePath.of("actors/" + id.value() + ".html");
  }
}
