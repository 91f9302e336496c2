package org.malaf.render;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One output file to produce: either a template rendered with a page model, or raw bytes (JSON, a
 * script, a feed). The model is built lazily, on the render thread; because models are records of
 * plain values, a model's {@code toString()} is a faithful fingerprint of the page's inputs, which lets
 * an incremental build skip pages whose model did not change.
 */
public record PageJob(SitePath path, String template, Supplier<Object> model, Supplier<byte[]> raw) {

  public PageJob {
    Objects.requireNonNull(path, "path");
    if ((template == null) == (raw == null)) {
      throw new IllegalArgumentException("a job is either a template with a model or raw bytes");
    }
  }

  /** A page rendered from {@code templates/<template>.html} with the model bound as {@code page}. */
  public static PageJob template(SitePath path, String template, Supplier<Object> model) {
    return new PageJob(path, template, Objects.requireNonNull(model, "model"), null);
  }

  /** A file whose bytes are produced directly. */
  public static PageJob raw(SitePath path, Supplier<byte[]> bytes) {
    return new PageJob(path, null, null, bytes);
  }

  public boolean isTemplate() {
    return template != null;
  }
}
