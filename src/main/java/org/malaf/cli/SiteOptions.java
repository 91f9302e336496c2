package org.malaf.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folder options shared by build, serve and check. */
public final class SiteOptions {

  @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR",
      description = "Folder with dossier.yaml, actors.yaml and the articles (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--out", defaultValue = "site", paramLabel = "DIR",
      description = "Folder the site is written to; replaced as a whole (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--templates", defaultValue = "templates", paramLabel = "DIR",
      description = "Thymeleaf templates (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--static", defaultValue = "static", paramLabel = "DIR",
      description = "CSS, fonts and scripts copied to site/static (default: ${DEFAULT-VALUE}).")
  Path staticDir;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Address the site is published at, e.g. https://example.org/dossier/ (overrides dossier.yaml).")
  String baseUrl;

  public Path seeds() {
    return seeds;
  }

  public Path out() {
    return out;
  }

  public Path templates() {
    return templates;
  }

  public Path staticDir() {
    return staticDir;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** These folders as the pipeline's options. */
  public org.malaf.Pipeline.Options pipelineOptions() {
    return new org.malaf.Pipeline.Options(seeds, out, templates, staticDir, baseUrl);
  }
}
