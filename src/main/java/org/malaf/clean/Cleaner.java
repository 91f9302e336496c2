package org.malaf.clean;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import org.malaf.config.GlyphMap;
import org.malaf.diag.LineMap;
import org.malaf.diag.Problems;
import org.malaf.ingest.RawArticle;

/** The clean stage: turns a raw article into blocks of the author's words. (First version.) */
public final class Cleaner {

  private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();

  public CleanArticle clean(RawArticle raw, Problems problems) {
    String text = raw.text().replace("\r\n", "\n").replace('\r', '\n');
    LineMap lines = new LineMap(text);
    StringBuilder mapped = new StringBuilder();
    GlyphMap glyphs = raw.glyphs();
    text.codePoints().forEach(cp -> {
      String m = GlyphMap.isPrivateUse(cp) ? glyphs.lookup(cp) : null;
      if (m != null) {
        mapped.append(m);
      } else if (cp != 0x0640) {
        mapped.appendCodePoint(cp);
      }
    });
    String[] rawLines = nfkc.normalize(mapped.toString()).split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    int first = 0;
    for (int i = 0; i < rawLines.length; i++) {
      String line = rawLines[i].strip();
      if (line.isEmpty()) {
        if (para.length() > 0) {
          blocks.add(new Block(BlockType.PARAGRAPH, para.toString(), first, i));
          para.setLength(0);
        }
        continue;
      }
      if (line.startsWith("http://") || line.startsWith("https://")) {
        if (para.length() > 0) {
          blocks.add(new Block(BlockType.PARAGRAPH, para.toString(), first, i));
          para.setLength(0);
        }
        blocks.add(new Block(BlockType.SOURCE, line, i + 1, i + 1));
        continue;
      }
      if (para.length() == 0) {
        first = i + 1;
      } else {
        para.append(' ');
      }
      para.append(line.replaceAll("\\s+", " "));
    }
    if (para.length() > 0) {
      blocks.add(new Block(BlockType.PARAGRAPH, para.toString(), first, Math.max(first, lines.lineCount())));
    }
    return new CleanArticle(raw, blocks, List.of());
  }
}
