package org.malaf.render;

import java.util.List;

/**
 * Declares a family of output files (Quartz's emitter): the article pages, the actor pages, the
 * search index… {@link PageRenderer} runs every emitter and lists their jobs for rendering.
 */
public interface PageEmitter {

  /** A short name for logs and timings. */
  String name();

  /** The files this emitter produces for the dossier in {@code site}. */
  List<PageJob> jobs(SiteContext site);
}
