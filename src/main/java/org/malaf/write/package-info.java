/**
 * Write: rendered pages and static files → the output folder, atomically (build beside, then swap).
 * The only package that writes into the site.
 */
package org.malaf.write;
