/**
 * Diagnostics: positions in user files, problems with a fix, and their one-line printing. Every
 * stage reports through {@link org.malaf.diag.Problems}; nothing here depends on another stage.
 */
package org.malaf.diag;
