package org.malaf;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.malaf.cli.BuildCommand;
import org.malaf.cli.CheckCommand;
import org.malaf.cli.CleanCommand;
import org.malaf.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code malaf} command: picocli wiring only. */
@Command(name = "malaf", mixinStandardHelpOptions = true, version = "malaf 0.1.0",
    description = "Turns damaged Arabic articles into a clean, right-to-left, interlinked HTML dossier.",
    subcommands = {BuildCommand.class, CleanCommand.class, CheckCommand.class, org.malaf.cli.BenchCommand.class,
        org.malaf.cli.ActorsCommand.class, org.malaf.cli.ServeCommand.class})
public final class Malaf implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, serve, clean or check");
  }

  public static void main(String[] args) {
    int exit;
    try {
      exit = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      // Errors bypass picocli's exception handler; still one line, never a stack trace.
      System.err.println("malaf: out of memory — give Java more with MALAF_JAVA_OPTS=-Xmx2g, or split very large articles");
      exit = ExitCodes.INTERNAL;
    }
    System.exit(exit);
  }

  /** The configured command line; tests call {@code execute} on it. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Malaf());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("malaf: internal error: " + e
          + " — please report it with the command you ran (set MALAF_DEBUG=1 for details)");
      if (System.getenv("MALAF_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return ExitCodes.INTERNAL;
    });
    return cl;
  }
}
