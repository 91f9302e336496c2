package org.malaf.link;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.annotate.Footnote;
import org.malaf.ingest.ArticleId;

/** Groups every source of the dossier by publisher or domain, each URL once with the articles citing it. */
final class SourceIndex {

  private SourceIndex() {
  }

  /** An article's sources: all {@link #group} reads of it. */
  record Cited(ArticleId article, List<Footnote> footnotes) {
  }

  /** What {@link #group} needs of {@code articles}, in their order. */
  static List<Cited> cited(List<AnnotatedArticle> articles) {
    return articles.stream().map(a -> new Cited(a.id(), a.footnotes())).toList();
  }

  static List<SourceGroup> group(List<Cited> articles) {
    Map<String, Map<String, List<ArticleId>>> byLabel = new TreeMap<>(Collator.getInstance(new ULocale("ar")));
    Map<String, Footnote> firstSeen = new LinkedHashMap<>();
    for (Cited article : articles) {
      for (Footnote note : article.footnotes()) {
        firstSeen.putIfAbsent(note.url(), note);
        List<ArticleId> citing = byLabel.computeIfAbsent(note.label(), k -> new TreeMap<>())
            .computeIfAbsent(note.url(), k -> new ArrayList<>());
        if (!citing.contains(article.article())) {
          citing.add(article.article());
        }
      }
    }
    List<SourceGroup> groups = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<ArticleId>>> group : byLabel.entrySet()) {
      List<SourceEntry> entries = new ArrayList<>();
      for (Map.Entry<String, List<ArticleId>> url : group.getValue().entrySet()) {
        Footnote note = firstSeen.get(url.getKey());
        entries.add(new SourceEntry(url.getKey(), note.href(), note.readableUrl(), note.truncated(),
            url.getValue().stream().sorted().toList()));
      }
      groups.add(new SourceGroup(group.getKey(), entries));
    }
    // Immutable already, so the Dossier keeps this very list: sources pages that name it as their input are
    // then found unchanged by identity rather than by comparing every entry.
    return List.copyOf(groups);
  }
}
