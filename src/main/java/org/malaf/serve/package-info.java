/**
 * Serve: the editors' loop. {@link org.malaf.serve.DevServer} builds the site, serves the output folder on
 * 127.0.0.1 (JDK HTTP server), watches seeds, templates and static files (directory-watcher, debounced),
 * rebuilds incrementally through the pipeline's build cache, updates the folder in place and tells open
 * tabs over Server-Sent Events to reload or to show the build's errors. The live-reload script is added to
 * HTML responses only; the files on disk are byte for byte what {@code build} writes.
 */
package org.malaf.serve;
