package org.malaf.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.malaf.clean.Block;
import org.malaf.clean.CleanArticle;
import org.malaf.clean.Cleaner;
import org.malaf.clean.Repair;
import org.malaf.config.YamlReader;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problems;
import org.malaf.ingest.RawArticle;
import org.malaf.ingest.SeedScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code malaf clean FILE}: prints one cleaned article, as text or as JSON with the repair report.
 * The glyph map comes from the {@code dossier.yaml} next to the file (or {@code --seeds}), and the
 * article's sidecar, when there is one, adds its glyph overrides and corrections.
 */
@Command(name = "clean", mixinStandardHelpOptions = true, description = "Print one cleaned article.")
public final class CleanCommand implements Callable<Integer> {

  /** The format of the printed article. */
  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "FILE", description = "The raw article (.txt).")
  Path file;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--seeds", paramLabel = "DIR",
      description = "Folder whose dossier.yaml holds the glyph map (default: the file's folder).")
  Path seeds;

  @Spec
  CommandSpec spec;

  /** JSON shape of a block: type, text and the raw lines it came from. */
  record BlockJson(String type, String text, List<Integer> lines) {
  }

  /** JSON shape of one repair. */
  record RepairJson(String kind, int line, int column, String before, String after, double confidence) {
  }

  /** JSON shape of the whole output. */
  record ArticleJson(List<BlockJson> blocks, List<RepairJson> report) {
  }

  @Override
  public Integer call() throws IOException {
    Problems problems = new Problems();
    ProblemPrinter printer = new ProblemPrinter(spec.commandLine().getErr());
    try {
      CleanArticle article = new Cleaner().clean(read(problems), problems);
      printer.print(problems.sorted());
      if (problems.hasErrors()) {
        return ExitCodes.INPUT_ERROR;
      }
      spec.commandLine().getOut().print(format == Format.json ? json(article) : text(article));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (BuildFailure failure) {
      printer.print(BuildCommand.merge(problems, failure));
      return ExitCodes.INPUT_ERROR;
    }
  }

  private RawArticle read(Problems problems) {
    Path folder = seeds != null ? seeds : file.toAbsolutePath().getParent();
    return new SeedScanner(new YamlReader()).readSingle(file, folder, problems);
  }

  private static String text(CleanArticle article) {
    StringBuilder out = new StringBuilder();
    for (Block block : article.blocks()) {
      out.append(block.type().key()).append(": ").append(block.text()).append("\n\n");
    }
    return out.toString();
  }

  static String json(CleanArticle article) throws JsonProcessingException {
    List<BlockJson> blocks = article.blocks().stream()
        .map(b -> new BlockJson(b.type().key(), b.text(), List.of(b.firstLine(), b.lastLine())))
        .toList();
    List<RepairJson> report = article.report().stream().map(CleanCommand::repair).toList();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    return mapper.writeValueAsString(new ArticleJson(blocks, report)) + "\n";
  }

  private static RepairJson repair(Repair r) {
    return new RepairJson(r.kind().key(), r.at().line(), r.at().column(), r.before(), r.after(), r.confidence());
  }
}
