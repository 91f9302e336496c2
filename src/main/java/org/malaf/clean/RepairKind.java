package org.malaf.clean;

/** The kinds of repair the cleaner reports; {@link #key()} appears in the JSON report. */
public enum RepairKind {
  DECODE("decode"),
  GLYPH("glyph"),
  UNMAPPED_GLYPH("unmapped-glyph"),
  UNICODE("unicode"),
  KASHIDA("kashida"),
  CHUNK_ORDER("chunk-order"),
  PARAGRAPH_JOIN("paragraph-join"),
  DISPLAY("display"),
  TRUNCATED_URL("truncated-url"),
  CORRECTION("correction");

  private final String key;

  RepairKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
