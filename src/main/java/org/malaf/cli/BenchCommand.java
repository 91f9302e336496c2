package org.malaf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.malaf.bench.BenchRunner;
import org.malaf.bench.SyntheticDossier;
import org.malaf.diag.BuildFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code malaf bench}: generates a synthetic damaged dossier, builds it, and prints stage times, pages per
 * second, peak heap and a one-article rebuild, ending with one machine-readable line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Generate a synthetic dossier with the seeds' damage, build it and print timings.",
        "The last line is machine-readable: full_build_ms=… incremental_ms=… peak_heap_mb=… pages=…"})
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", defaultValue = "1000", paramLabel = "N",
      description = "Articles to generate (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--actors", defaultValue = "200", paramLabel = "M",
      description = "Actors in the registry (default: ${DEFAULT-VALUE}).")
  int actors;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Seed of the generator; the same seed gives the same dossier (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--edits", defaultValue = "5", paramLabel = "K",
      description = "One-article edits to rebuild after the full build, each in another article; the median is"
          + " reported (default: ${DEFAULT-VALUE}).")
  int edits;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "Keep the generated seeds, templates and built site in DIR (new or empty) instead of a temporary folder.")
  Path keep;

  @Option(names = "--export-markdown", paramLabel = "DIR",
      description = "Also write the cleaned articles as a Hugo site in DIR (new or empty), for comparison.")
  Path exportMarkdown;

  @Option(names = "--templates", defaultValue = "templates", paramLabel = "DIR",
      description = "Templates to build with (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--static", defaultValue = "static", paramLabel = "DIR",
      description = "Static files to build with (default: ${DEFAULT-VALUE}).")
  Path staticDir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (articles < 1 || actors < 1 || edits < 1) {
      throw new ParameterException(spec.commandLine(), "--articles, --actors and --edits must be at least 1");
    }
    requireNewOrEmpty(keep, "--keep");
    requireNewOrEmpty(exportMarkdown, "--export-markdown");
    for (Path dir : new Path[] {templates, staticDir}) {
      if (!Files.isDirectory(dir)) {
        throw new ParameterException(spec.commandLine(), "no folder " + dir + "; run from malaf's folder or pass --templates/--static");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("malaf bench: %d articles, %d actors, seed %d; %d cores, Java %s%n", articles, actors, seed,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    try {
      BenchRunner.Report report = new BenchRunner(out).run(new BenchRunner.Settings(
          new SyntheticDossier.Spec(articles, actors, seed), templates, staticDir, keep, exportMarkdown, edits));
      out.println(report.summaryLine());
      out.flush();
      return ExitCodes.OK;
    } catch (BuildFailure failure) {
      PrintWriter err = spec.commandLine().getErr();
      new ProblemPrinter(err).print(failure.problems());
      err.println("bench: the synthetic dossier did not build");
      err.flush();
      return ExitCodes.INPUT_ERROR;
    }
  }

  private void requireNewOrEmpty(Path dir, String option) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    boolean empty;
    try (Stream<Path> entries = Files.list(dir)) {
      empty = entries.findAny().isEmpty();
    }
    if (!empty) {
      throw new ParameterException(spec.commandLine(), option + " " + dir + " is not empty; pass a new or empty folder");
    }
  }
}
