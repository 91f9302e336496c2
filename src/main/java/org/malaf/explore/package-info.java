/**
 * Explore: the pages that let a reader query the whole dossier offline — Arabic-aware search (an index
 * written as script files, so it works from {@code file://}), a timeline of the dates found in the text,
 * the actors' co-mention network drawn as a static SVG, and the data behind popover previews. Runs as one
 * {@link org.malaf.render.PageEmitter}, {@link org.malaf.explore.ExplorePages}.
 */
package org.malaf.explore;
