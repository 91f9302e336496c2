/**
 * Markdown for notes and descriptions: {@link org.malaf.render.markdown.MarkdownRenderer} turns Markdown
 * into sanitised HTML, with {@code [[actor:ID]]}/{@code [[article:REF]]} links parsed by
 * {@link org.malaf.render.markdown.MalafLinkExtension} and resolved per page by a
 * {@link org.malaf.render.markdown.WikiLinkResolver}.
 */
package org.malaf.render.markdown;
