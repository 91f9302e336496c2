package org.malaf.cli;

import java.util.concurrent.Callable;
import org.malaf.Pipeline;
import org.malaf.cache.BuildCache;
import org.malaf.clean.CleanArticle;
import org.malaf.clean.Repair;
import org.malaf.clean.RepairKind;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code malaf check}: everything a build validates (templates included, by rendering every page), without
 * writing; also lists the cleaner's low-confidence repairs and unmapped glyphs so an editor can review them.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Validate the dossier without writing a site; exit 1 on errors.")
public final class CheckCommand implements Callable<Integer> {

  @Mixin
  SiteOptions options;

  /** Repairs below this confidence are listed for review; see README, "Cleaning". */
  @Option(names = "--threshold", defaultValue = "0.8",
      description = "List repairs below this confidence (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Problems problems = new Problems();
    ProblemPrinter printer = new ProblemPrinter(spec.commandLine().getErr());
    try {
      // Renders every page without writing, so a template error is caught here too; the cache is only read.
      BuildCache cache = BuildCache.open(BuildCache.folderFor(options.out()), false);
      Pipeline.Analysis analysis = new Pipeline(cache, Pipeline.Progress.NONE)
          .check(options.pipelineOptions(), problems);
      printer.print(problems.sorted());
      int review = 0;
      for (CleanArticle article : analysis.cleaned()) {
        for (Repair r : article.report()) {
          if (r.confidence() < threshold || r.kind() == RepairKind.UNMAPPED_GLYPH) {
            spec.commandLine().getOut().printf("%s: review: %s (confidence %.2f): «%s» → «%s»%n", r.at(), r.kind().key(),
                r.confidence(), r.before(), r.after());
            review++;
          }
        }
      }
      spec.commandLine().getOut().printf("checked %d articles, %d actors: %d errors, %d warnings, %d repairs to review%n",
          analysis.dossier().articles().size(), analysis.dossier().registry().size(), problems.errorCount(),
          problems.warningCount(), review);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (BuildFailure failure) {
      printer.print(BuildCommand.merge(problems, failure));
      return ExitCodes.INPUT_ERROR;
    }
  }
}
