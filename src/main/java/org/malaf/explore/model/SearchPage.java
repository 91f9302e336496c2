package org.malaf.explore.model;

import org.malaf.render.model.Chrome;

/** Everything {@code search.html} shows: the chrome, where the index and the script are, and how many articles are searched. */
public record SearchPage(Chrome chrome, String metaHref, String scriptHref, int articleCount) {
}
