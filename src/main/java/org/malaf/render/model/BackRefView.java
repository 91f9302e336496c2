package org.malaf.render.model;

/** A back-reference from a note to a marker in the text ({@code ↑} or a letter). */
public record BackRefView(String label, String href) {
}
