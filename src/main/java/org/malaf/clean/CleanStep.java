package org.malaf.clean;

/** One named step of the clean stage; steps run in order over a {@link Draft} and record their repairs. */
interface CleanStep {

  /** Short name used in logs, e.g. {@code kashida}. */
  String name();

  void apply(Draft draft);
}
