package org.malaf.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.malaf.link.Dossier;

/**
 * The render stage's planner: runs the page emitters over the {@link Dossier} and lists their jobs in
 * path order, so output never depends on thread timing. The build renders the jobs in parallel through
 * the build cache ({@code cache.CachedRenderer}), which renders only pages whose model changed;
 * {@link #render(PageJob)} renders one job directly (benchmarks).
 */
public final class PageRenderer {

  private final TemplateSet templates;
  private final List<PageEmitter> emitters;

  public PageRenderer(TemplateSet templates, List<PageEmitter> emitters) {
    this.templates = templates;
    this.emitters = List.copyOf(emitters);
  }

  /** Every job of every emitter, in path order; two jobs for one path are a bug in an emitter. */
  public PagePlan plan(Dossier dossier) {
    SiteContext site = new SiteContext(dossier);
    List<PageJob> jobs = new ArrayList<>();
    Set<SitePath> seen = new HashSet<>();
    for (PageEmitter emitter : emitters) {
      for (PageJob job : emitter.jobs(site)) {
        if (!seen.add(job.path())) {
          throw new IllegalStateException("two pages for " + job.path() + " (emitter " + emitter.name() + ")");
        }
        jobs.add(job);
      }
    }
    jobs.sort(Comparator.comparing(PageJob::path));
    return new PagePlan(jobs, site.sharedInputs());
  }

  /** Renders one job; a template error becomes a {@link org.malaf.diag.BuildFailure} naming template and line. */
  public RenderedPage render(PageJob job) {
    byte[] bytes = job.isTemplate()
        ? templates.render(job.template(), job.model().get()).getBytes(StandardCharsets.UTF_8)
        : job.raw().get();
    return new RenderedPage(job.path(), bytes);
  }
}
