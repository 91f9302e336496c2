package org.malaf.link;

import java.util.List;
import org.malaf.ingest.ArticleId;

/** One source URL of the dossier with the articles citing it. */
public record SourceEntry(String url, String readableUrl, boolean truncated, List<ArticleId> citedBy) {

  public SourceEntry {
    citedBy = List.copyOf(citedBy);
  }
}
