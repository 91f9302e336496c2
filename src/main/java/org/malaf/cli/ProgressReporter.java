package org.malaf.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.malaf.Pipeline;

/**
 * Shows how far a long stage has got: an ASCII progress bar on a terminal, a plain line per quarter when
 * the output is a file or a pipe (CI logs), nothing for short stages or with {@code --quiet}.
 */
final class ProgressReporter {

  /** Stages with fewer items than this finish too fast to be worth a progress display. */
  static final int MIN_ITEMS = 200;

  private ProgressReporter() {
  }

  /** The reporter for this process: a bar when stderr is a terminal, else plain lines; none when quiet. */
  static Pipeline.Progress forConsole(boolean quiet, PrintWriter err) {
    if (quiet) {
      return Pipeline.Progress.NONE;
    }
    return System.console() != null ? new Bar(System.err) : new Lines(err);
  }

  /** The progressbar library's bar, in ASCII so it survives any terminal font and encoding. */
  static final class Bar implements Pipeline.Progress {

    private final PrintStream out;
    private ProgressBar bar;

    Bar(PrintStream out) {
      this.out = out;
    }

    @Override
    public synchronized void start(String stage, int total) {
      if (total >= MIN_ITEMS) {
        bar = new ProgressBarBuilder().setTaskName(stage).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(out)).setUpdateIntervalMillis(200).clearDisplayOnFinish()
            .build();
      }
    }

    @Override
    public void step() {
      ProgressBar b = bar;
      if (b != null) {
        b.step();
      }
    }

    @Override
    public synchronized void end() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }

  /** One line at each quarter of a long stage: readable in a log, unlike a redrawn bar. */
  static final class Lines implements Pipeline.Progress {

    private final PrintWriter out;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage;
    private volatile int total;

    Lines(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void start(String stage, int total) {
      this.stage = stage;
      this.total = total;
      done.set(0);
    }

    @Override
    public void step() {
      int n = done.incrementAndGet();
      int t = total;
      if (t >= MIN_ITEMS && n < t && (long) n * 4 / t != (long) (n - 1) * 4 / t) {
        synchronized (out) {
          out.printf("%s: %d/%d (%d%%)%n", stage, n, t, n * 100L / t);
          out.flush();
        }
      }
    }

    @Override
    public void end() {
      total = 0;
    }
  }
}
