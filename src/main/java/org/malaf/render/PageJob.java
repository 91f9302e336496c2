package org.malaf.render;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One output file to produce: either a template rendered with a page model, or raw bytes (JSON, a
 * script, a feed). The model is built lazily, on the render thread. A template job may name its
 * {@code inputs}: a value such that, with the plan's {@linkplain PagePlan#sharedInputs() shared inputs}
 * unchanged, an equal value always gives an equal model — which lets a rebuild in the same session skip
 * building the models of pages whose inputs did not change. Null means the page depends on everything.
 */
public record PageJob(SitePath path, String template, Object inputs, Supplier<Object> model, Supplier<byte[]> raw) {

  public PageJob {
    Objects.requireNonNull(path, "path");
    if ((template == null) == (raw == null)) {
      throw new IllegalArgumentException("a job is either a template with a model or raw bytes");
    }
  }

  /** A page rendered from {@code templates/<template>.html} with the model bound as {@code page}. */
  public static PageJob template(SitePath path, String template, Supplier<Object> model) {
    return new PageJob(path, template, null, Objects.requireNonNull(model, "model"), null);
  }

  /**
   * A page whose model is a function of {@code inputs} and the shared inputs only (an article page of its
   * linked article); getting this wrong shows a stale page in {@code serve}, so name every value read.
   */
  public static PageJob template(SitePath path, String template, Object inputs, Supplier<Object> model) {
    return new PageJob(path, template, Objects.requireNonNull(inputs, "inputs"), Objects.requireNonNull(model, "model"),
        null);
  }

  /** A file whose bytes are produced directly. */
  public static PageJob raw(SitePath path, Supplier<byte[]> bytes) {
    return new PageJob(path, null, null, null, bytes);
  }

  /** A file whose bytes are a function of {@code inputs} and the shared inputs only (see {@link #inputs}). */
  public static PageJob raw(SitePath path, Object inputs, Supplier<byte[]> bytes) {
    return new PageJob(path, null, Objects.requireNonNull(inputs, "inputs"), null, bytes);
  }

  public boolean isTemplate() {
    return template != null;
  }
}
