package org.malaf.cli;

import java.util.concurrent.Callable;
import org.malaf.Pipeline;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problems;
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

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Problems problems = new Problems();
    ProblemPrinter printer = new ProblemPrinter(spec.commandLine().getErr());
    try {
      Pipeline.BuildResult result = new Pipeline().build(new Pipeline.Options(options.seeds(), options.out(),
          options.templates(), options.staticDir(), options.baseUrl()), problems);
      printer.print(problems.sorted());
      if (!quiet) {
        spec.commandLine().getOut().printf("built %d articles, %d actors, %d pages, %d warnings in %d ms → %s%n",
            result.articles(), result.actors(), result.pages(), result.warnings(), result.elapsed().toMillis(),
            options.out());
        spec.commandLine().getOut().flush();
      }
      return ExitCodes.OK;
    } catch (BuildFailure failure) {
      printer.print(merge(problems, failure));
      spec.commandLine().getErr().println("build failed; " + options.out() + " was left as it was");
      spec.commandLine().getErr().flush();
      return ExitCodes.INPUT_ERROR;
    }
  }

  static java.util.List<org.malaf.diag.Problem> merge(Problems problems, BuildFailure failure) {
    Problems all = new Problems();
    java.util.Set<org.malaf.diag.Problem> seen = new java.util.HashSet<>(problems.sorted());
    all.addAll(problems.sorted());
    for (org.malaf.diag.Problem p : failure.problems()) {
      if (seen.add(p)) {
        all.add(p);
      }
    }
    return all.sorted();
  }
}
