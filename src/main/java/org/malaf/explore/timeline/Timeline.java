package org.malaf.explore.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.annotate.Mention;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.explore.search.Sentences;
import org.malaf.ingest.ActorId;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;
import org.malaf.parallel.Parallel;

/**
 * Builds the dossier's timeline: every date found in the articles' paragraphs, headings and captions
 * (pull quotes repeat the body and are skipped), earliest first. Events on the same date keep the order of
 * their articles' dates, then ids, then position, so the order never depends on threads.
 */
public final class Timeline {

  private static final Set<BlockType> DATED_BLOCKS = Set.of(BlockType.PARAGRAPH, BlockType.HEADING, BlockType.CAPTION);

  private final DateExtractor extractor = new DateExtractor();

  /** An article as the timeline's order reads it: its id and its date (null when it has none). */
  public record Dated(org.malaf.ingest.ArticleId id, LocalDate date) {

    public static Dated of(LinkedArticle article) {
      return new Dated(article.id(), article.sidecar().date());
    }
  }

  /** The events of {@code dossier}, in timeline order. */
  public List<TimelineEvent> events(Dossier dossier) {
    return inOrder(dossier.articles().stream().map(Dated::of).toList(),
        Parallel.map(dossier.articles(), a -> events(a.annotated(), a.sidecar().date())));
  }

  /**
   * The events of {@code articles} in timeline order, {@code byArticle.get(i)} being the events of article
   * {@code i} (from {@link #events(AnnotatedArticle, LocalDate)}).
   */
  public static List<TimelineEvent> inOrder(List<Dated> articles, List<List<TimelineEvent>> byArticle) {
    Map<org.malaf.ingest.ArticleId, Integer> chronological = new HashMap<>();
    articles.stream()
        .sorted(Comparator.comparing(Dated::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Dated::id))
        .forEach(a -> chronological.put(a.id(), chronological.size()));
    List<TimelineEvent> events = new ArrayList<>();
    byArticle.forEach(events::addAll);
    events.sort(Comparator.comparing(TimelineEvent::date)
        .thenComparing(e -> chronological.get(e.article()))
        .thenComparingInt(TimelineEvent::block)
        .thenComparingInt(e -> e.found().start()));
    return events;
  }

  /** The events of one article, in text order; one per date and block. */
  public List<TimelineEvent> events(AnnotatedArticle article, LocalDate articleDate) {
    List<Block> blocks = article.clean().blocks();
    Map<Integer, Set<ActorId>> actorsByBlock = new HashMap<>();
    for (Mention m : article.mentions()) {
      actorsByBlock.computeIfAbsent(m.block(), k -> new LinkedHashSet<>()).add(m.actor());
    }
    List<TimelineEvent> events = new ArrayList<>();
    Sentences sentences = null; // made only for the articles that have dates
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (!DATED_BLOCKS.contains(block.type())) {
        continue;
      }
      Set<TimelineDate> seen = new HashSet<>();
      for (FoundDate found : extractor.find(block.text(), articleDate)) {
        if (!seen.add(found.date())) {
          continue;
        }
        if (sentences == null) {
          sentences = new Sentences();
        }
        Sentences.Span s = sentences.around(block.text(), found.start());
        int start = Math.min(s.start(), found.start());
        int end = Math.max(s.end(), found.end());
        String raw = block.text().substring(start, end);
        int lead = raw.length() - raw.stripLeading().length();
        String sentence = raw.strip();
        events.add(new TimelineEvent(article.id(), i, found, sentence, found.start() - start - lead,
            found.end() - start - lead, List.copyOf(actorsByBlock.getOrDefault(i, Set.of()))));
      }
    }
    return events;
  }
}
