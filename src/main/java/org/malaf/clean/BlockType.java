package org.malaf.clean;

/** What a block of cleaned text is; {@link #key()} is the name used in JSON and CSS classes. */
public enum BlockType {
  PARAGRAPH("paragraph"),
  HEADING("heading"),
  PULLQUOTE("pullquote"),
  CAPTION("caption"),
  SOURCE("source");

  private final String key;

  BlockType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
