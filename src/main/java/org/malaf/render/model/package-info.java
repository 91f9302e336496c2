/**
 * Page models: the records each template receives. Hrefs are already relative to the page, and any
 * field ending in {@code Html} holds markup built and escaped in Java; every other field is plain text
 * that templates print with {@code th:text}.
 */
package org.malaf.render.model;
