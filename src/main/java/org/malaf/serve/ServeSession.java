package org.malaf.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.malaf.Pipeline;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.write.OutputManifest;

/**
 * The builds of one {@code serve} session (the incremental build). The first successful build writes the
 * whole site and swaps it in; each later one reuses the session's cache and updates the folder in place,
 * rewriting only the files whose bytes changed, then tells the tabs which paths changed. A failed build
 * writes nothing — the last good site stays served — and its problems go to the tabs' overlay.
 */
final class ServeSession {

  private final Pipeline pipeline;
  private final Pipeline.Options options;
  private final LiveReload live;
  private final DevServer.Listener listener;
  private OutputManifest written;

  ServeSession(Pipeline pipeline, Pipeline.Options options, LiveReload live, DevServer.Listener listener) {
    this.pipeline = pipeline;
    this.options = options;
    this.live = live;
    this.listener = listener;
  }

  /** Rebuilds after {@code changed} (empty for the first build); returns true when the build succeeded. */
  synchronized boolean rebuild(Set<Path> changed) {
    listener.rebuilding(changed);
    Problems problems = new Problems();
    try {
      // The first build (nothing changed yet) scans everything; later ones start from the files changed.
      Pipeline.BuildResult result = pipeline.build(options, problems, written,
          changed.isEmpty() ? Optional.empty() : Optional.of(changed));
      Set<String> rewritten = result.output().changedSince(written);
      written = result.output();
      live.ok();
      if (!rewritten.isEmpty()) {
        live.reload(rewritten);
      }
      listener.built(result, rewritten, problems.sorted());
      return true;
    } catch (BuildFailure failure) {
      fail(merge(problems, failure));
      return false;
    } catch (RuntimeException bug) {
      // A bug must not kill the watcher thread silently: say so where the editor looks, keep serving.
      fail(List.of(Problem.error(SourcePosition.of(Path.of("malaf")), "internal error: " + bug,
          "please report it with the file you changed (set MALAF_DEBUG=1 for details)")));
      if (System.getenv("MALAF_DEBUG") != null) {
        bug.printStackTrace();
      }
      return false;
    }
  }

  private void fail(List<Problem> problems) {
    live.problems(problems.stream().map(ServeSession::view).toList());
    listener.failed(problems);
  }

  private static List<Problem> merge(Problems problems, BuildFailure failure) {
    Set<Problem> all = new LinkedHashSet<>(problems.sorted());
    all.addAll(failure.problems());
    Problems sorted = new Problems();
    sorted.addAll(new ArrayList<>(all));
    return sorted.sorted();
  }

  /** A problem for the overlay, its file shown relative to the working folder as on the terminal. */
  static LiveReload.ProblemView view(Problem p) {
    Path file = p.where().file();
    Path cwd = Path.of("").toAbsolutePath();
    if (file.isAbsolute() && file.startsWith(cwd)) {
      file = cwd.relativize(file);
    }
    SourcePosition where = new SourcePosition(file, p.where().line(), p.where().column());
    return new LiveReload.ProblemView(where.toString(), p.severity().label(), p.what(), p.fix());
  }
}
