/**
 * Clean: {@link org.malaf.ingest.RawArticle} → {@link org.malaf.clean.CleanArticle} (the author's words as
 * blocks, with a report of every repair). Repairs extraction damage only; the author's text is never "corrected".
 */
package org.malaf.clean;
