package org.malaf.render;

import java.util.Optional;
import org.malaf.render.markdown.WikiLinkResolver;
import org.malaf.render.markdown.WikiTarget;

/** Resolves {@code [[actor:ID]]} and {@code [[article:REF]]} in Markdown to hrefs relative to one page. */
final class PageLinks implements WikiLinkResolver {

  private final SiteContext site;
  private final SitePath page;

  PageLinks(SiteContext site, SitePath page) {
    this.site = site;
    this.page = page;
  }

  @Override
  public Optional<WikiTarget> resolve(String kind, String ref) {
    if (kind.equals("actor")) {
      return site.dossier().registry().find(ref)
          .map(a -> new WikiTarget(SitePaths.actor(a.id()).relativeTo(page), a.name()));
    }
    if (kind.equals("article")) {
      return site.resolveArticle(ref)
          .map(a -> new WikiTarget(SitePaths.article(a.sidecar()).relativeTo(page), a.sidecar().title()));
    }
    return Optional.empty();
  }
}
