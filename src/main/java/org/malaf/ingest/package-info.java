/**
 * Ingest: reads {@code seeds/} (dossier.yaml, actors.yaml, articles and their sidecars) into
 * {@link org.malaf.ingest.Seeds}. Decodes text, nothing else; never writes.
 */
package org.malaf.ingest;
