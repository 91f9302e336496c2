package org.malaf.render.model;

/**
 * What every page shares: its title, the dossier's title and the hrefs of the site's fixed pages,
 * already made relative to the page. {@code liveReload} is only set by the dev server.
 */
public record Chrome(String pageTitle, String dossierTitle, String homeHref, String actorsHref, String sourcesHref,
    String cssHref, String scriptHref, String fontsHref, String current) {
}
