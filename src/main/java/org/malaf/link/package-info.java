/**
 * Link: annotated articles → {@link org.malaf.link.Dossier}: actor profiles, co-mentions, related
 * articles, backlinks and the source index, all from indexes built once.
 */
package org.malaf.link;
