package org.malaf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.malaf.annotate.ActorMatcher;
import org.malaf.annotate.suggest.NameSuggester;
import org.malaf.annotate.suggest.Suggestion;
import org.malaf.clean.CleanArticle;
import org.malaf.clean.Cleaner;
import org.malaf.config.YamlReader;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.SeedScanner;
import org.malaf.ingest.Seeds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code malaf actors …}: helps an editor grow the actor registry ({@code actors suggest}). */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Work on the actor registry.",
    subcommands = {ActorsCommand.Suggest.class})
public final class ActorsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: suggest");
  }

  /**
   * {@code malaf actors suggest}: prints the frequent names of the cleaned articles that no alias covers yet,
   * found after titles and roles or as recurring phrases, each with its count and a sample sentence.
   */
  @Command(name = "suggest", mixinStandardHelpOptions = true,
      description = "List frequent names that no actor's aliases cover yet, with counts and a sample sentence.")
  static final class Suggest implements Callable<Integer> {

    @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR",
        description = "Folder with dossier.yaml, actors.yaml and the articles (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--min", defaultValue = "2", paramLabel = "N",
        description = "Only names found at least N times (default: ${DEFAULT-VALUE}).")
    int min;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      if (min < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--min must be 1 or more, not " + min);
      }
      Problems problems = new Problems();
      ProblemPrinter printer = new ProblemPrinter(spec.commandLine().getErr());
      try {
        Seeds input = new SeedScanner(new YamlReader()).scan(seeds, problems);
        problems.throwIfErrors();
        Cleaner cleaner = new Cleaner();
        List<CleanArticle> cleaned = input.articles().stream().map(raw -> cleaner.clean(raw, problems)).toList();
        ActorMatcher matcher = ActorMatcher.build(input.registry(), problems);
        printer.print(problems.sorted());
        if (problems.hasErrors()) {
          return ExitCodes.INPUT_ERROR;
        }
        print(new NameSuggester(matcher).suggest(cleaned, min), spec.commandLine().getOut());
        return ExitCodes.OK;
      } catch (BuildFailure failure) {
        printer.print(BuildCommand.merge(problems, failure));
        return ExitCodes.INPUT_ERROR;
      }
    }

    private void print(List<Suggestion> suggestions, PrintWriter out) {
      for (Suggestion s : suggestions) {
        String found = s.cues().isEmpty() ? "recurring phrase" : "after " + String.join("، ", s.cues());
        out.printf("%d\t%s\t(%s)%n", s.count(), s.name(), found);
        out.printf("\t%s ¶%d: %s%n", relative(s.where()), s.paragraph(), s.sample());
      }
      if (suggestions.isEmpty()) {
        out.printf("no name outside the registry occurs %d times or more%n", min);
      } else {
        out.printf("%d names occur %d times or more and are in no actor's aliases;"
            + " add those that are actors to %s%n", suggestions.size(), min, seeds.resolve("actors.yaml"));
      }
      out.flush();
    }

    private static String relative(SourcePosition where) {
      Path file = where.file();
      Path cwd = Path.of("").toAbsolutePath();
      if (file.isAbsolute() && file.startsWith(cwd)) {
        file = cwd.relativize(file);
      }
      return new SourcePosition(file, where.line(), where.column()).toString();
    }
  }
}
