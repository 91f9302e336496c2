package org.malaf.link;

import java.util.List;
import org.malaf.ingest.ArticleId;

/** One source URL of the dossier with the articles citing it. */
/** {@code href} is empty when the URL cannot be a link (not http or https, or cut inside an escape). */
public record SourceEntry(String url, String href, String readableUrl, boolean truncated, List<ArticleId> citedBy) {

  public SourceEntry {
    citedBy = List.copyOf(citedBy);
  }
}
