package org.malaf.render.model;

/**
 * One block of an article page: its type (paragraph, heading, pullquote, caption), its anchor id
 * ({@code p-N}), the raw lines it came from, and its inner HTML (built and escaped in Java).
 */
public record BlockView(String type, String id, int number, String lines, String html) {
}
