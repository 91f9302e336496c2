package org.malaf.explore;

import java.util.ArrayList;
import java.util.List;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.explore.model.SearchPage;
import org.malaf.explore.preview.Previews;
import org.malaf.explore.preview.Summaries;
import org.malaf.explore.search.SearchDocument;
import org.malaf.explore.search.SearchIndex;
import org.malaf.link.LinkedArticle;
import org.malaf.render.PageEmitter;
import org.malaf.render.PageJob;
import org.malaf.render.SiteContext;
import org.malaf.render.SitePaths;

/**
 * Emits the explore pages — {@code search.html}, {@code timeline.html}, {@code network.html} — and their
 * data: the search index ({@code search/}) and the popover previews ({@code previews/}). The index and
 * the previews are planned when jobs are listed, because their file counts depend on the dossier; each
 * file's bytes are still produced by its own job, in parallel.
 */
public final class ExplorePages implements PageEmitter {

  @Override
  public String name() {
    return "explore";
  }

  @Override
  public List<PageJob> jobs(SiteContext site) {
    List<PageJob> jobs = new ArrayList<>();
    SearchIndex index = SearchIndex.build(documents(site));
    jobs.add(PageJob.template(ExplorePaths.SEARCH, "search", () -> new SearchPage(
        site.chrome("البحث في الملف", ExplorePaths.SEARCH, "search"),
        ExplorePaths.SEARCH_META.relativeTo(ExplorePaths.SEARCH),
        ExplorePaths.SEARCH_SCRIPT.relativeTo(ExplorePaths.SEARCH), index.documentCount())));
    jobs.add(PageJob.raw(ExplorePaths.SEARCH_META, index::metaScript));
    for (int i = 0; i < index.plan().size(); i++) {
      int shard = i;
      jobs.add(PageJob.raw(ExplorePaths.searchShard(shard), () -> index.shardScript(shard)));
    }
    for (int i = 0; i < index.documentCount(); i++) {
      int doc = i;
      jobs.add(PageJob.raw(ExplorePaths.searchText(doc), () -> index.textScript(doc)));
    }
    TimelinePageBuilder timeline = new TimelinePageBuilder(site);
    for (int i = 1; i <= timeline.pageCount(); i++) {
      int page = i;
      jobs.add(PageJob.template(TimelinePageBuilder.path(page), "timeline", () -> timeline.build(page)));
    }
    jobs.add(PageJob.template(ExplorePaths.NETWORK, "network",
        () -> new NetworkPageBuilder(site).build(ExplorePaths.NETWORK)));
    Previews previews = new Previews(Summaries.of(site));
    jobs.add(PageJob.raw(ExplorePaths.PREVIEWS_META, previews::metaScript));
    for (int i = 0; i < previews.bucketCount(); i++) {
      int bucket = i;
      jobs.add(PageJob.raw(ExplorePaths.previewBucket(bucket), () -> previews.bucketScript(bucket)));
    }
    return jobs;
  }

  /** The articles in site order (newest first), each with its readable blocks and their {@code #p-N} anchors. */
  static List<SearchDocument> documents(SiteContext site) {
    List<SearchDocument> docs = new ArrayList<>();
    for (LinkedArticle a : site.dossier().articles()) {
      List<SearchDocument.Block> blocks = new ArrayList<>();
      List<Block> all = a.annotated().clean().blocks();
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).type() != BlockType.SOURCE) {
          blocks.add(new SearchDocument.Block(i + 1, all.get(i).text()));
        }
      }
      docs.add(new SearchDocument(a.sidecar().title(), SitePaths.article(a.sidecar()).value(),
          site.formatDate(a.sidecar().date()), blocks));
    }
    return docs;
  }
}
