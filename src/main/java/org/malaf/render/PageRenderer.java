package org.malaf.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.malaf.link.ActorProfile;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;
import org.malaf.render.markdown.MarkdownRenderer;

/**
 * The render stage: turns the {@link Dossier} into HTML pages with the editors' templates. Pages render
 * in parallel; the result is sorted by path so output never depends on thread timing.
 */
public final class PageRenderer {

  private final TemplateSet templates;
  private final MarkdownRenderer markdown;

  public PageRenderer(TemplateSet templates, MarkdownRenderer markdown) {
    this.templates = templates;
    this.markdown = markdown;
  }

  /** One unit of rendering work: a page's path and how to produce its HTML. */
  private record Job(SitePath path, Supplier<String> html) {
  }

  public List<RenderedPage> render(Dossier dossier) {
    SiteIndex site = new SiteIndex(dossier);
    ArticlePageBuilder articles = new ArticlePageBuilder(site, markdown);
    ActorPageBuilder actors = new ActorPageBuilder(site, markdown);
    ListPagesBuilder lists = new ListPagesBuilder(site, markdown);
    List<Job> jobs = new ArrayList<>();
    jobs.add(new Job(SitePaths.HOME, () -> templates.render("index", lists.home())));
    jobs.add(new Job(SitePaths.ACTORS, () -> templates.render("actors", lists.actors())));
    jobs.add(new Job(SitePaths.SOURCES, () -> templates.render("sources", lists.sources())));
    for (LinkedArticle article : dossier.articles()) {
      jobs.add(new Job(SitePaths.article(article.sidecar()), () -> templates.render("article", articles.build(article))));
    }
    for (ActorProfile profile : dossier.actors().values()) {
      jobs.add(new Job(SitePaths.actor(profile.actor().id()), () -> templates.render("actor", actors.build(profile))));
    }
    ConcurrentLinkedQueue<RenderedPage> pages = new ConcurrentLinkedQueue<>();
    jobs.parallelStream().forEach(job ->
        pages.add(new RenderedPage(job.path(), job.html().get().getBytes(StandardCharsets.UTF_8))));
    List<RenderedPage> sorted = new ArrayList<>(pages);
    sorted.sort(Comparator.comparing(RenderedPage::path));
    return sorted;
  }
}
