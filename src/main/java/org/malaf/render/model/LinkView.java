package org.malaf.render.model;

/** A link: visible text, relative href and an optional note (a date, a count, a kind). */
public record LinkView(String text, String href, String note) {
}
