package org.malaf.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.explore.model.TimelineEventView;
import org.malaf.explore.model.TimelinePage;
import org.malaf.explore.model.TimelineYearView;
import org.malaf.explore.timeline.DateBasis;
import org.malaf.explore.timeline.Timeline;
import org.malaf.explore.timeline.TimelineEvent;
import org.malaf.ingest.ActorId;
import org.malaf.render.PagedListing;
import org.malaf.render.SiteContext;
import org.malaf.render.SitePath;
import org.malaf.render.SitePaths;
import org.malaf.render.bidi.BidiRuns;
import org.malaf.render.model.ActorLinkView;
import org.malaf.render.model.LinkView;

/**
 * Builds the timeline pages' models: events by year, each with its sentence, paragraph link and actors.
 * The events are spread over {@link ExplorePaths#TIMELINE_PAGES} ({@code timeline.html}, then
 * {@code timeline/2.html} and so on) in date order, each page listing every year with a link to where it
 * starts. Events are found once, when the pages are planned.
 */
final class TimelinePageBuilder {

  /** Context shown around a date when its sentence is longer than this (characters). */
  static final int MAX_CONTEXT = 240;
  private static final int SIDE = 110;
  private static final PagedListing PAGES = ExplorePaths.TIMELINE_PAGES;

  private final SiteContext site;
  private final List<TimelineEvent> events;
  private final int uncertain;
  private final List<YearStart> years;
  private final DateText dates = new DateText();

  /** A year of the timeline: where its first event is in the whole list, and how many it has. */
  private record YearStart(int year, int first, int count) {
  }

  TimelinePageBuilder(SiteContext site) {
    this(site, new Timeline().events(site.dossier()));
  }

  /** The pages of {@code events}, the events of {@code site}'s dossier in timeline order. */
  TimelinePageBuilder(SiteContext site, List<TimelineEvent> events) {
    this.site = site;
    this.events = List.copyOf(events);
    this.uncertain = (int) events.stream().filter(e -> e.date().basis() != DateBasis.STATED).count();
    this.years = years(events);
  }

  /** The years in timeline order, each once: events are sorted by date, so a year's events are consecutive. */
  private static List<YearStart> years(List<TimelineEvent> events) {
    List<YearStart> out = new ArrayList<>();
    int first = 0;
    for (int i = 1; i <= events.size(); i++) {
      if (i == events.size() || events.get(i).date().year() != events.get(first).date().year()) {
        out.add(new YearStart(events.get(first).date().year(), first, i - first));
        first = i;
      }
    }
    return out;
  }

  int pageCount() {
    return PAGES.pageCount(events.size());
  }

  /**
   * What page {@code number} reads besides the shared inputs: its events, the articles they come from (for
   * the actors named in each event's paragraph) and the counts and years of the whole timeline.
   */
  private record PageInputs(int number, List<TimelineEvent> events, List<AnnotatedArticle> articles,
      List<YearStart> years, int total, int uncertain) {
  }

  /** The inputs of page {@code number}, for {@link org.malaf.render.PageJob#inputs()}. */
  Object inputs(int number) {
    List<TimelineEvent> slice = slice(number);
    List<AnnotatedArticle> from = slice.stream().map(TimelineEvent::article).distinct()
        .map(id -> site.article(id).annotated()).toList();
    return new PageInputs(number, slice, from, years, events.size(), uncertain);
  }

  private List<TimelineEvent> slice(int number) {
    return PAGES.slice(events, number);
  }

  TimelinePage build(int number) {
    SitePath path = PAGES.path(number);
    List<TimelineEvent> slice = slice(number);
    Map<Integer, List<TimelineEventView>> byYear = new LinkedHashMap<>();
    for (TimelineEvent e : slice) {
      byYear.computeIfAbsent(e.date().year(), y -> new ArrayList<>()).add(view(e, path));
    }
    List<TimelineYearView> years = new ArrayList<>();
    byYear.forEach((year, list) -> years.add(new TimelineYearView(Integer.toString(year), "y-" + year, list)));
    String title = number == 1 ? "الخط الزمني" : "الخط الزمني، الصفحة " + number;
    return new TimelinePage(site.chrome(title, path, "timeline"), events.size(), site.dossier().articles().size(),
        uncertain, years, yearIndex(path), number, pageCount(),
        PAGES.previousHref(number), PAGES.nextHref(number, pageCount()));
  }

  /** Every year of the timeline with its event count, linked to the page and place where it starts. */
  private List<LinkView> yearIndex(SitePath from) {
    List<LinkView> index = new ArrayList<>(years.size());
    for (YearStart y : years) {
      index.add(new LinkView(Integer.toString(y.year()), PAGES.path(PAGES.pageOf(y.first())).relativeTo(from) + "#y-" + y.year(),
          Integer.toString(y.count())));
    }
    return index;
  }

  private TimelineEventView view(TimelineEvent e, SitePath path) {
    var article = site.article(e.article());
    String href = SitePaths.article(article.sidecar()).relativeTo(path) + "#p-" + (e.block() + 1);
    String certainty;
    String label;
    switch (e.date().basis()) {
      case YEAR_INFERRED -> {
        certainty = "inferred";
        label = "السنة مستنتجة من تاريخ المقال";
      }
      case RELATIVE -> {
        certainty = "relative";
        label = "محسوب من تاريخ المقال";
      }
      default -> {
        certainty = "";
        label = "";
      }
    }
    Map<ActorId, Integer> counts = new LinkedHashMap<>();
    e.actors().forEach(a -> counts.put(a, 0));
    article.annotated().mentions().stream().filter(m -> m.block() == e.block())
        .forEach(m -> counts.merge(m.actor(), 1, Integer::sum));
    List<ActorLinkView> actors = counts.entrySet().stream()
        .map(c -> site.actorLink(c.getKey(), c.getValue(), path)).toList();
    return new TimelineEventView(e.date().iso(), dates.of(e.date()), certainty, label, article.sidecar().title(),
        href, context(e), actors);
  }

  /** The sentence with the date in {@code <mark>}, cut to a window around it when the sentence is long. */
  static String context(TimelineEvent e) {
    String s = e.sentence();
    int from = 0;
    int to = s.length();
    if (s.length() > MAX_CONTEXT) {
      from = Math.max(0, e.markStart() - SIDE);
      to = Math.min(s.length(), e.markEnd() + SIDE);
      int space = s.indexOf(' ', from);
      from = from == 0 || space < 0 || space >= e.markStart() ? from : space + 1;
      space = s.lastIndexOf(' ', to);
      to = to == s.length() || space <= e.markEnd() ? to : space;
    }
    return (from > 0 ? "… " : "") + BidiRuns.isolate(s.substring(from, e.markStart())) + "<mark>"
        + BidiRuns.isolate(s.substring(e.markStart(), e.markEnd())) + "</mark>"
        + BidiRuns.isolate(s.substring(e.markEnd(), to)) + (to < s.length() ? " …" : "");
  }
}
