/**
 * Bidirectional-text helpers shared by the page builders and the Markdown renderer: finding the
 * left-to-right islands (Latin words, numbers) inside Arabic text so they can be isolated.
 */
package org.malaf.render.bidi;
