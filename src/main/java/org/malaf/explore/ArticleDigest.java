package org.malaf.explore;

import java.util.List;
import java.util.Objects;
import org.malaf.explore.preview.Previews;
import org.malaf.explore.search.SearchDocument;
import org.malaf.explore.search.WordCounts;
import org.malaf.explore.timeline.TimelineEvent;

/**
 * What the explore pages take from one article, computed from that article alone: its search document and
 * word counts, its timeline events (in text order) and its popover preview.
 */
record ArticleDigest(SearchDocument document, WordCounts words, List<TimelineEvent> events, Previews.Preview preview) {

  ArticleDigest {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(preview, "preview");
    events = List.copyOf(events);
  }
}
