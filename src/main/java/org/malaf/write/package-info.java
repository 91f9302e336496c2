/**
 * Write: rendered pages and static files → the output folder. Pages wait in a {@link org.malaf.write.Spool}
 * beside the folder from the moment they are rendered; a build then writes beside the folder (linking the
 * spooled pages in) and swaps it in atomically; {@code serve} updates the folder it wrote file by file (each
 * file replaced atomically), leaving the same bytes. The only package that writes into the site.
 */
package org.malaf.write;
