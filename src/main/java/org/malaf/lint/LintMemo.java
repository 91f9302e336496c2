package org.malaf.lint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.malaf.diag.Problem;
import org.malaf.parallel.Parallel;
import org.malaf.render.SitePath;

/**
 * Lints a site's pages, remembering each page's problems by its path and content hash, so that a rebuild
 * in the same session (serve, bench) lints only the pages whose bytes changed. Unchanged pages report
 * the same problems as before, so warnings and errors never disappear because a page came from the cache.
 */
public final class LintMemo {

  private final RtlLinter linter = new RtlLinter();
  private final Map<String, List<Problem>> byPage = new ConcurrentHashMap<>();

  /**
   * The problems of every {@code .html} file among {@code files} and of the stylesheets under {@code staticDir};
   * {@code sha} must change whenever a file's bytes do.
   */
  public synchronized <T> List<Problem> lint(Path siteRoot, List<T> files, Function<T, SitePath> path,
      Function<T, String> sha, Function<T, byte[]> bytes, Path staticDir) {
    Map<String, List<Problem>> current = new ConcurrentHashMap<>();
    List<Problem> problems = new ArrayList<>();
    Parallel.map(RtlLinter.pages(files, path), file -> {
      Path where = siteRoot.resolve(path.apply(file).value());
      String key = key(where, sha.apply(file));
      List<Problem> found = byPage.get(key);
      if (found == null) {
        found = linter.lintPage(where, new String(bytes.apply(file), StandardCharsets.UTF_8));
      }
      current.put(key, found);
      return found;
    }).forEach(problems::addAll);
    byPage.clear(); // forget pages that no longer exist or changed
    byPage.putAll(current);
    problems.addAll(linter.lintStylesheets(staticDir)); // stylesheets are few: always linted
    return problems;
  }

  /**
   * Lints a page while the renderer still holds its text, so that {@link #lint} finds it done instead of
   * reading the page back and decoding it. Pages that are not {@code .html} are ignored.
   */
  public void lintRendered(Path siteRoot, SitePath path, String sha, String html) {
    if (RtlLinter.isPage(path)) {
      Path where = siteRoot.resolve(path.value());
      byPage.computeIfAbsent(key(where, sha), k -> linter.lintPage(where, html));
    }
  }

  private static String key(Path where, String sha) {
    return where + "\u0000" + sha;
  }
}
