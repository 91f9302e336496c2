package org.malaf.bench;

/**
 * How much extraction damage went into the generated articles, so a run shows the bench is not made
 * easy: tatweel characters, private-use glyphs, lines cut into reversed chunks, paragraph ends split off
 * by a blank line, truncated source URLs, and the text lines and bytes written.
 */
public record DamageStats(long kashida, long privateUse, long reversedLines, long splitEnds, long truncatedUrls,
    long lines, long bytes) {

  public static final DamageStats NONE = new DamageStats(0, 0, 0, 0, 0, 0, 0);

  public DamageStats plus(DamageStats o) {
    return new DamageStats(kashida + o.kashida, privateUse + o.privateUse, reversedLines + o.reversedLines,
        splitEnds + o.splitEnds, truncatedUrls + o.truncatedUrls, lines + o.lines, bytes + o.bytes);
  }
}
