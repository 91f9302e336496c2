package org.malaf.render;

import java.util.List;

/**
 * Every job of a build in path order, and the dossier-wide values any page may read besides its own
 * {@linkplain PageJob#inputs() inputs}: when these are unchanged, a page whose inputs are equal needs no
 * new model.
 */
public record PagePlan(List<PageJob> jobs, SharedInputs sharedInputs) {

  public PagePlan {
    jobs = List.copyOf(jobs);
  }
}
