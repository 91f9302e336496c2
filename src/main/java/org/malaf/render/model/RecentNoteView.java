package org.malaf.render.model;

/** An editor's note listed on the home page, linking to where it is anchored. */
public record RecentNoteView(String quote, String html, String href, String articleTitle) {
}
