/**
 * Write: rendered pages and static files → the output folder. A build writes beside the folder and swaps
 * it in atomically; {@code serve} updates the folder it wrote file by file (each file replaced atomically),
 * leaving the same bytes. The only package that writes into the site.
 */
package org.malaf.write;
