package org.malaf.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.FastStringWriter;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The editors' Thymeleaf templates in {@code templates/}, compiled once and shared by all render
 * threads (a new {@link Context} per page). A template error becomes a problem naming template and line.
 */
public final class TemplateSet {

  /** The templates a site needs; each is {@code templates/<name>.html}. */
  public static final List<String> REQUIRED = List.of("layout", "index", "article", "actor", "actors", "sources",
      "search", "timeline", "network");

  private static final Locale ARABIC = Locale.forLanguageTag("ar");
  private static final int PAGE_CHARS = 32 * 1024;

  /** Record accessors looked up once per class, for OGNL and for the plain chains our evaluator reads. */
  private static final RecordComponents RECORDS = new RecordComponents();

  static {
    // OGNL keeps its accessors in one registry per JVM; registering ours once, for every record, is enough.
    ognl.OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor(RECORDS));
  }

  private final Path folder;
  private final TemplateEngine engine;

  public TemplateSet(Path folder) {
    this.folder = folder;
    for (String name : REQUIRED) {
      Path file = folder.resolve(name + ".html");
      if (!Files.isRegularFile(file)) {
        throw new BuildFailure(Problem.error(SourcePosition.of(file), "the template '" + name + "' is missing",
            "restore it from malaf's templates/ folder or pass --templates with a complete set"));
      }
    }
    FileTemplateResolver resolver = new FileTemplateResolver();
    resolver.setPrefix(folder.toAbsolutePath().toString() + "/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    TemplateEngine templateEngine = new TemplateEngine();
    templateEngine.setTemplateResolver(resolver);
    StandardDialect dialect = new StandardDialect();
    dialect.setVariableExpressionEvaluator(new RecordChainEvaluator(RECORDS));
    templateEngine.setDialect(dialect);
    this.engine = templateEngine;
  }

  /** Renders {@code templates/<name>.html} with the model bound as {@code page}. */
  public String render(String name, Object model) {
    Context context = new Context(ARABIC);
    context.setVariable("page", model);
    try {
      // Pages run to tens of kilobytes: start the buffer there rather than grow it from a hundred chars.
      FastStringWriter out = new FastStringWriter(PAGE_CHARS);
      engine.process(name, context, out);
      return out.toString();
    } catch (TemplateProcessingException e) {
      throw new BuildFailure(problemOf(name, e.getTemplateName(), e.getLine(), e.getCol(), e.getMessage()));
    } catch (TemplateEngineException e) {
      throw new BuildFailure(problemOf(name, null, null, null, e.getMessage()));
    }
  }

  private Problem problemOf(String name, String templateName, Integer line, Integer col, String message) {
    // Thymeleaf names the template ("actor", or "layout" for a fragment), not its file: show the file.
    String shownName = templateName == null ? name : templateName;
    Path file = Path.of(shownName).isAbsolute() ? Path.of(shownName)
        : folder.resolve(shownName.endsWith(".html") ? shownName : shownName + ".html");
    Path shown = file.isAbsolute() && file.startsWith(folder.toAbsolutePath())
        ? folder.resolve(folder.toAbsolutePath().relativize(file)) : file;
    SourcePosition at = line == null || line < 1 ? SourcePosition.of(shown)
        : new SourcePosition(shown, line, col == null || col < 1 ? 1 : col);
    return Problem.error(at, "template error: " + cleanMessage(message),
        "fix the template; 'page' holds the page's model (see README, 'Templates')");
  }

  private static String cleanMessage(String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.replaceAll("\\s*\\(template: \"[^\"]*\" - line \\d+, col \\d+\\)", "");
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).trim();
  }
}
