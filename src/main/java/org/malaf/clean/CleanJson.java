package org.malaf.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a cleaned article as the JSON of {@code malaf clean --format json}: blocks and repair report. */
public final class CleanJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CleanJson() {
  }

  public static String toJson(CleanArticle article) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode blocks = root.putArray("blocks");
    for (Block b : article.blocks()) {
      ObjectNode o = blocks.addObject();
      o.put("type", b.type().key());
      o.put("text", b.text());
      o.putArray("lines").add(b.firstLine()).add(b.lastLine());
    }
    ArrayNode report = root.putArray("report");
    for (Repair r : article.report()) {
      ObjectNode o = report.addObject();
      o.put("kind", r.kind().key());
      o.put("line", r.at().line());
      o.put("column", r.at().column());
      o.put("before", r.before());
      o.put("after", r.after());
      o.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
