package org.malaf.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;
import org.malaf.parallel.Parallel;
import org.malaf.render.RenderedPage;
import org.malaf.render.SitePath;

/**
 * The RTL and Arabic linter: checks rendered pages and the stylesheets in {@code static/} against the
 * rules in {@link org.malaf.lint the package documentation}, and reports each breach as a {@link Problem}.
 */
public final class RtlLinter {

  /**
   * Lints pages before they are written. Page problems name {@code siteRoot/<page path>} (where the page
   * will be written); CSS problems name the stylesheet under {@code staticDir}, which may be null.
   */
  public List<Problem> lint(Path siteRoot, List<RenderedPage> pages, Path staticDir) {
    return lint(siteRoot, pages, RenderedPage::path, RenderedPage::bytes, staticDir);
  }

  /**
   * Lints the {@code .html} files among {@code files}, whatever type the caller keeps them in (for
   * example the write stage's {@code SiteFile}: {@code SiteFile::path, f -> f.bytes().get()}), and the
   * stylesheets under {@code staticDir}. Other files (feeds, search data) are skipped.
   */
  public <T> List<Problem> lint(Path siteRoot, List<T> files, Function<T, SitePath> path, Function<T, byte[]> bytes,
      Path staticDir) {
    List<Problem> problems = new ArrayList<>();
    Parallel.map(pages(files, path), file -> lintPage(siteRoot.resolve(path.apply(file).value()),
        new String(bytes.apply(file), StandardCharsets.UTF_8))).forEach(problems::addAll);
    problems.addAll(lintStylesheets(staticDir));
    return problems;
  }

  /** The {@code .html} files among {@code files}: the ones the page rules apply to. */
  static <T> List<T> pages(List<T> files, Function<T, SitePath> path) {
    return files.stream().filter(file -> isPage(path.apply(file))).toList();
  }

  static boolean isPage(SitePath path) {
    return path.value().endsWith(".html");
  }

  /** The problems of every stylesheet under {@code staticDir} (none when it is null or missing). */
  public List<Problem> lintStylesheets(Path staticDir) {
    List<Problem> problems = new ArrayList<>();
    if (staticDir != null && Files.isDirectory(staticDir)) {
      for (Path css : files(staticDir, ".css")) {
        problems.addAll(lintStylesheet(css, read(css)));
      }
    }
    return problems;
  }

  /** Lints a site already on disk: every {@code .html} page and the stylesheets under its {@code static/}. */
  public List<Problem> lintSite(Path site) {
    List<RenderedPage> pages = new ArrayList<>();
    for (Path file : files(site, ".html")) {
      String relative = site.relativize(file).toString().replace('\\', '/');
      pages.add(new RenderedPage(SitePath.of(relative), read(file).getBytes(StandardCharsets.UTF_8)));
    }
    return lint(site, pages, site.resolve("static"));
  }

  /** The problems of one page's HTML; {@code file} is the name they carry. */
  public List<Problem> lintPage(Path file, String html) {
    FileFindings findings = new FileFindings(file, html);
    PageLinter.lint(html, findings);
    return findings.problems();
  }

  /** The problems of one stylesheet's text; {@code file} is the name they carry. */
  public List<Problem> lintStylesheet(Path file, String css) {
    FileFindings findings = new FileFindings(file, css);
    CssLinter.lintSheet(css, 0, findings);
    CharacterChecks.check(css, findings);
    return findings.problems();
  }

  private static List<Path> files(Path folder, String suffix) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw unreadable(folder, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static BuildFailure unreadable(Path file, IOException e) {
    return new BuildFailure(Problem.error(SourcePosition.of(file), "cannot read for linting: " + e.getMessage(),
        "check that the file is readable UTF-8 text"));
  }
}
