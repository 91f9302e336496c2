package org.malaf.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.malaf.Pipeline;
import org.malaf.cache.BuildCache;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.serve.DevServer;
import org.malaf.write.OutputGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code malaf serve}: builds the site, serves it on 127.0.0.1, rebuilds what changed whenever a seed,
 * template or static file is saved, and reloads the open tabs; errors show in the tab. Runs until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Build the dossier, serve --out on http://127.0.0.1:PORT/ and rebuild on every change.",
        "Open tabs reload after each rebuild and show build errors over the page. Ctrl-C stops."})
public final class ServeCommand implements Callable<Integer> {

  @Mixin
  SiteOptions options;

  @Option(names = "--port", defaultValue = "8000", paramLabel = "PORT",
      description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = {"-q", "--quiet"}, description = "Print only errors and the address.")
  boolean quiet;

  @Option(names = "--no-cache", description = "Keep the build cache in memory only (nothing in .malaf-cache).")
  boolean noCache;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProblemPrinter printer = new ProblemPrinter(err);
    try {
      OutputGuard.check(options.out(), List.of(options.seeds(), options.templates(), options.staticDir()));
    } catch (BuildFailure failure) {
      printer.print(failure.problems());
      return ExitCodes.INPUT_ERROR;
    }
    BuildCache cache = noCache ? BuildCache.inMemory() : BuildCache.open(BuildCache.folderFor(options.out()), true);
    DevServer server;
    try {
      server = DevServer.start(options.pipelineOptions(), cache, port, new Terminal(out, err, printer));
    } catch (BindException e) {
      err.println("127.0.0.1:" + port + ": error: cannot listen on this port (" + e.getMessage()
          + ") — pass --port with another number, or --port 0 for any free port");
      err.flush();
      return ExitCodes.INPUT_ERROR;
    }
    out.printf("serving %s at %s — watching %s; Ctrl-C to stop%n", options.out(), server.url(),
        server.watched().stream().map(ServeCommand::shown).collect(Collectors.joining(", ")));
    out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      out.println("stopped");
      out.flush();
    }, "malaf-stop"));
    try {
      new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook stops the server
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  private static String shown(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = path.toAbsolutePath().normalize();
    return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : path.toString();
  }

  /** Prints each rebuild as {@code build} prints a build, plus what changed. */
  private final class Terminal implements DevServer.Listener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final ProblemPrinter printer;
    private List<Problem> lastWarnings = List.of();

    Terminal(PrintWriter out, PrintWriter err, ProblemPrinter printer) {
      this.out = out;
      this.err = err;
      this.printer = printer;
    }

    @Override
    public void rebuilding(Set<Path> changed) {
      if (!quiet && !changed.isEmpty()) {
        List<String> names = changed.stream().map(ServeCommand::shown).toList();
        String list = names.size() <= 3 ? String.join(", ", names)
            : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
        out.println("changed: " + list);
        out.flush();
      }
    }

    @Override
    public void built(Pipeline.BuildResult result, Set<String> rewritten, List<Problem> warnings) {
      // The same warnings after every save are noise: print them when they change.
      if (!quiet && !warnings.equals(lastWarnings)) {
        printer.print(warnings);
      }
      lastWarnings = warnings;
      if (!quiet) {
        out.println(BuildCommand.summary("built", result, options.out().toString()) + "; "
            + rewritten.size() + " files rewritten");
        out.flush();
      }
    }

    @Override
    public void failed(List<Problem> problems) {
      printer.print(problems);
      err.println("build failed; still serving the last good build (open tabs show the errors)");
      err.flush();
    }
  }
}
