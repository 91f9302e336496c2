/**
 * Annotate: {@link org.malaf.clean.CleanArticle} → {@link org.malaf.annotate.AnnotatedArticle}: actor
 * mentions, footnoted sources and anchored editor notes, each with positions in the cleaned text.
 */
package org.malaf.annotate;
