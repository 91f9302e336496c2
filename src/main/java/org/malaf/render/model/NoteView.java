package org.malaf.render.model;

/** An editor's note in an article's notes list: number, anchor id, quoted text, note HTML, way back. */
public record NoteView(int number, String id, String quote, String html, BackRefView backRef) {
}
