package org.malaf.render;

import java.util.ArrayList;
import java.util.List;
import org.malaf.link.ActorProfile;
import org.malaf.link.LinkedArticle;
import org.malaf.render.markdown.MarkdownRenderer;

/**
 * The pages every dossier has: home and sources (each over as many pages as it needs), actors index, one
 * page per article and per actor.
 */
public final class CorePages implements PageEmitter {

  private final MarkdownRenderer markdown;

  public CorePages(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  @Override
  public String name() {
    return "core";
  }

  @Override
  public List<PageJob> jobs(SiteContext site) {
    ArticlePageBuilder articles = new ArticlePageBuilder(site, markdown);
    ActorPageBuilder actors = new ActorPageBuilder(site, markdown);
    ListPagesBuilder lists = new ListPagesBuilder(site, markdown);
    List<PageJob> jobs = new ArrayList<>();
    // The first home page shows actor counts and notes from everywhere; the others, their articles only.
    jobs.add(PageJob.template(SitePaths.HOME, "index", () -> lists.home(1)));
    for (int page = 2; page <= lists.homePageCount(); page++) {
      int number = page;
      jobs.add(PageJob.template(SitePaths.HOME_PAGES.path(number), "index", lists.homeInputs(number),
          () -> lists.home(number)));
    }
    jobs.add(PageJob.template(SitePaths.ACTORS, "actors", lists::actors));
    for (int page = 1; page <= lists.sourcesPageCount(); page++) {
      int number = page;
      jobs.add(PageJob.template(SitePaths.SOURCES_PAGES.path(number), "sources", lists.sourcesInputs(number),
          () -> lists.sources(number)));
    }
    for (LinkedArticle article : site.dossier().articles()) {
      jobs.add(PageJob.template(SitePaths.article(article.sidecar()), "article", article,
          () -> articles.build(article)));
    }
    for (ActorProfile profile : site.dossier().actors().values()) {
      jobs.add(PageJob.template(SitePaths.actor(profile.actor().id()), "actor", profile, () -> actors.build(profile)));
    }
    return jobs;
  }
}
