package org.malaf.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.malaf.Pipeline;
import org.malaf.cache.BuildCache;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;
import org.malaf.write.OutputGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code malaf build}: builds the seeds into a site and prints one summary line. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the dossier in --seeds into a static site in --out.")
public final class BuildCommand implements Callable<Integer> {

  @Mixin
  SiteOptions options;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Option(names = "--no-cache", description = "Ignore the build cache (.malaf-cache beside --out): redo every stage.")
  boolean noCache;

  @Option(names = "--timings", description = "Also print how long each stage took.")
  boolean timings;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Problems problems = new Problems();
    PrintWriter err = spec.commandLine().getErr();
    ProblemPrinter printer = new ProblemPrinter(err);
    try {
      // Refuse a wrong --out before the cache folder is created beside it (it would land in / for --out /).
      OutputGuard.check(options.out(), List.of(options.seeds(), options.templates(), options.staticDir()));
      BuildCache cache = noCache ? BuildCache.off() : BuildCache.open(BuildCache.folderFor(options.out()), true);
      Pipeline.BuildResult result = new Pipeline(cache, ProgressReporter.forConsole(quiet, err))
          .build(options.pipelineOptions(), problems);
      printer.print(quiet ? problems.sorted().stream().filter(Problem::isError).toList() : problems.sorted());
      if (!quiet) {
        spec.commandLine().getOut().println(summary("built", result, options.out().toString()));
        if (timings) {
          spec.commandLine().getOut().println(result.stageMillis().entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(java.util.stream.Collectors.joining(" · ")));
        }
        spec.commandLine().getOut().flush();
      }
      return ExitCodes.OK;
    } catch (BuildFailure failure) {
      printer.print(merge(problems, failure));
      err.println("build failed; " + options.out() + " was left as it was");
      err.flush();
      return ExitCodes.INPUT_ERROR;
    }
  }

  /** The summary line: {@code built 2 articles, 84 actors, 89 pages (3 re-rendered), 0 warnings in 412 ms → site}. */
  static String summary(String verb, Pipeline.BuildResult result, String out) {
    String line = String.format("%s %d articles, %d actors, %d pages (%d re-rendered), %d warnings in %d ms → %s", verb,
        result.articles(), result.actors(), result.pages(), result.rerendered(), result.warnings(),
        result.elapsed().toMillis(), out);
    if (result.damagedCacheEntries() > 0) {
      line += String.format("%n(%d damaged cache entries were ignored and rebuilt)", result.damagedCacheEntries());
    }
    return line;
  }

  static java.util.List<Problem> merge(Problems problems, BuildFailure failure) {
    Problems all = new Problems();
    java.util.Set<Problem> seen = new java.util.HashSet<>(problems.sorted());
    all.addAll(problems.sorted());
    for (Problem p : failure.problems()) {
      if (seen.add(p)) {
        all.add(p);
      }
    }
    return all.sorted();
  }
}
