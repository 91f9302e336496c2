package org.malaf.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;
import org.malaf.render.RenderedPage;

/**
 * The write stage and the only code that touches the output folder. It writes the whole site into a
 * temporary sibling folder, then swaps it into place, so a failed or killed build leaves the previous
 * site untouched. Files are written in path order; nothing is written outside the output folder.
 */
public final class SiteWriter {

  private static final String STATIC_FOLDER = "static";

  /** Writes {@code pages} and a copy of {@code staticDir} (as {@code static/}) to {@code out}; returns the file count. */
  public int write(Path out, List<RenderedPage> pages, Path staticDir) {
    Path target = OutputGuard.canonical(out);
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    try {
      Files.createDirectories(parent);
      removeLeftovers(parent, name);
      Path temp = parent.resolve("." + name + ".tmp-" + UUID.randomUUID());
      Files.createDirectory(temp);
      int count = 0;
      for (RenderedPage page : pages) {
        Path file = temp.resolve(page.path().value()).normalize();
        if (!file.startsWith(temp)) {
          throw new IllegalStateException("page path escapes the site: " + page.path());
        }
        Files.createDirectories(file.getParent());
        Files.write(file, page.bytes());
        count++;
      }
      if (staticDir != null && Files.isDirectory(staticDir)) {
        count += copyTree(staticDir, temp.resolve(STATIC_FOLDER));
      }
      Files.writeString(temp.resolve(OutputGuard.MARKER), "written by malaf; the whole folder is replaced on each build\n");
      swap(temp, target);
      return count;
    } catch (IOException | UncheckedIOException e) {
      throw new BuildFailure(Problem.error(SourcePosition.of(out), "cannot write the site: " + e.getMessage(),
          "check that the folder's parent is writable and the disk is not full"));
    }
  }

  private static void swap(Path temp, Path target) throws IOException {
    if (!Files.exists(target)) {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
  }

  /** Deletes temporary folders left by a build that was killed before its swap. */
  private static void removeLeftovers(Path parent, String name) throws IOException {
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".{tmp,old}-*")) {
      for (Path leftover : siblings) {
        if (Files.exists(leftover.resolve(OutputGuard.MARKER)) || leftover.getFileName().toString().contains(".tmp-")) {
          deleteTree(leftover);
        }
      }
    }
  }

  private static int copyTree(Path from, Path to) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(from)) {
      walk.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    Path root = from.toRealPath();
    int count = 0;
    for (Path file : files) {
      if (!file.toRealPath().startsWith(root) || file.getFileName().toString().startsWith(".")) {
        continue; // links out of static/ and hidden files are not published
      }
      Path dest = to.resolve(from.relativize(file).toString());
      Files.createDirectories(dest.getParent());
      Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
      count++;
    }
    return count;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
