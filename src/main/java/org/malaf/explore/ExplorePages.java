package org.malaf.explore;

import java.util.ArrayList;
import java.util.List;
import org.malaf.annotate.Mention;
import org.malaf.explore.model.SearchPage;
import org.malaf.explore.preview.Previews;
import org.malaf.explore.preview.Summaries;
import org.malaf.explore.search.SearchIndex;
import org.malaf.explore.timeline.Timeline;
import org.malaf.explore.timeline.TimelineEvent;
import org.malaf.render.PageEmitter;
import org.malaf.render.PageJob;
import org.malaf.render.SiteContext;
import org.malaf.session.LastValueMemo;

/**
 * Emits the explore pages — {@code search.html}, {@code timeline.html}, {@code network.html} — and their
 * data: the search index ({@code search/}) and the popover previews ({@code previews/}). The index and
 * the previews are planned when jobs are listed, because their file counts depend on the dossier; each
 * file's bytes are still produced by its own job, in parallel. What comes from each article alone is
 * digested in one parallel pass, kept for the next build of the same emitter ({@link ArticleDigests}),
 * then merged in article order.
 */
public final class ExplorePages implements PageEmitter {

  private final ArticleDigests digests = new ArticleDigests();
  // An edit changes a few articles' words: the last build's postings are updated rather than built again.
  private final SearchIndex.Builder searchIndex = new SearchIndex.Builder();
  // An edit seldom changes the dates found or the articles' dates: then the last build's order stands.
  private final LastValueMemo<TimelineInput, List<TimelineEvent>> timelineOrder = new LastValueMemo<>();

  /** What the timeline's order depends on: each article's id and date (maybe none), and its events. */
  private record TimelineInput(List<Timeline.Dated> chronology, List<List<TimelineEvent>> events) {
  }

  @Override
  public String name() {
    return "explore";
  }

  @Override
  public List<PageJob> jobs(SiteContext site) {
    List<ArticleDigest> articles = digests.of(site);
    SearchIndex index = searchIndex.build(articles.stream().map(ArticleDigest::document).toList(),
        articles.stream().map(ArticleDigest::words).toList());
    List<List<TimelineEvent>> events = articles.stream().map(ArticleDigest::events).toList();
    List<Timeline.Dated> chronology = site.dossier().articles().stream().map(Timeline.Dated::of).toList();
    TimelinePageBuilder timeline = new TimelinePageBuilder(site, timelineOrder.get(new TimelineInput(chronology, events),
        in -> Timeline.inOrder(in.chronology(), in.events())));
    // An article's path is its search document's href, kept with its digest.
    Previews previews = new Previews(Summaries.of(site, articles.stream().map(d -> d.document().href()).toList(),
        articles.stream().map(ArticleDigest::preview).toList()));
    List<PageJob> jobs = new ArrayList<>();
    jobs.add(PageJob.template(ExplorePaths.SEARCH, "search", () -> new SearchPage(
        site.chrome("البحث في الملف", ExplorePaths.SEARCH, "search"),
        ExplorePaths.SEARCH_META.relativeTo(ExplorePaths.SEARCH),
        ExplorePaths.SEARCH_SCRIPT.relativeTo(ExplorePaths.SEARCH), index.documentCount())));
    jobs.add(PageJob.raw(ExplorePaths.SEARCH_META, index::metaScript));
    for (int i = 0; i < index.plan().size(); i++) {
      int shard = i;
      jobs.add(PageJob.raw(ExplorePaths.searchShard(shard), index.shard(shard), () -> index.shardScript(shard)));
    }
    for (int i = 0; i < index.documentCount(); i++) {
      int doc = i;
      // One article's text: its position and its document are all it is made of.
      jobs.add(PageJob.raw(ExplorePaths.searchText(doc), List.of(doc, index.document(doc)), () -> index.textScript(doc)));
    }
    for (int i = 1; i <= timeline.pageCount(); i++) {
      int page = i;
      jobs.add(PageJob.template(ExplorePaths.TIMELINE_PAGES.path(page), "timeline", timeline.inputs(page),
          () -> timeline.build(page)));
    }
    // The network reads who is named in which paragraph (and the shared registry), nothing else.
    List<List<Mention>> mentions = site.dossier().articles().stream().map(a -> a.annotated().mentions()).toList();
    jobs.add(PageJob.template(ExplorePaths.NETWORK, "network", mentions,
        () -> new NetworkPageBuilder(site).build(ExplorePaths.NETWORK)));
    jobs.add(PageJob.raw(ExplorePaths.PREVIEWS_META, previews::metaScript));
    for (int i = 0; i < previews.bucketCount(); i++) {
      int bucket = i;
      jobs.add(PageJob.raw(ExplorePaths.previewBucket(bucket), previews.bucket(bucket),
          () -> previews.bucketScript(bucket)));
    }
    return jobs;
  }
}
