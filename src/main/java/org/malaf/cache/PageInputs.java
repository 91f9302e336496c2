package org.malaf.cache;

/**
 * What a page's model was made from: the template set, the dossier-wide shared inputs (both as keys) and
 * the page's own inputs (compared by equality, which is cheap when unchanged parts are the same objects).
 */
record PageInputs(CacheKey templates, CacheKey shared, Object own) {
}
