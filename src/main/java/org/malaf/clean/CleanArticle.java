package org.malaf.clean;

import java.util.List;
import java.util.Objects;
import org.malaf.ingest.RawArticle;

/** The author's words as blocks, plus the report of every repair made to get them. */
public record CleanArticle(RawArticle raw, List<Block> blocks, List<Repair> report) {

  public CleanArticle {
    Objects.requireNonNull(raw, "raw");
    blocks = List.copyOf(blocks);
    report = List.copyOf(report);
  }
}
