package org.malaf.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.malaf.clean.Block;
import org.malaf.clean.CleanArticle;
import org.malaf.clean.Cleaner;
import org.malaf.clean.Repair;
import org.malaf.config.ConfigLoader;
import org.malaf.config.DossierConfig;
import org.malaf.config.GlyphMap;
import org.malaf.config.YamlReader;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.RawArticle;
import org.malaf.ingest.Sidecar;
import org.malaf.ingest.SidecarLoader;
import org.malaf.ingest.TextDecoder;
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

  private RawArticle read(Problems problems) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file), "no such file", "give the path of a raw article"));
    }
    YamlReader yaml = new YamlReader();
    Path folder = seeds != null ? seeds : (file.toAbsolutePath().getParent());
    GlyphMap glyphs = GlyphMap.EMPTY;
    if (Files.isRegularFile(folder.resolve(ConfigLoader.FILE_NAME))) {
      DossierConfig config = new ConfigLoader(yaml).load(folder, problems);
      glyphs = config.glyphs();
    }
    String name = file.getFileName().toString();
    String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    ArticleId id = new ArticleId(ArticleId.isValid(stem) ? stem : "article");
    Path sidecarFile = file.resolveSibling(stem + ".yaml");
    Sidecar sidecar = Files.isRegularFile(sidecarFile) && !sidecarFile.equals(file)
        ? new SidecarLoader(yaml).load(sidecarFile, id, problems)
        : new Sidecar(sidecarFile, "article", stem, null, "", "", "", GlyphMap.EMPTY, List.of(), List.of());
    TextDecoder.Decoded decoded = new TextDecoder().decode(file, Files.readAllBytes(file));
    return new RawArticle(id, file, decoded.charset(), decoded.text(), sidecar, glyphs.overriddenBy(sidecar.glyphs()));
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
