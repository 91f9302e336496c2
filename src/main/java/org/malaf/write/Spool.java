package org.malaf.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;
import org.malaf.render.SitePath;

/**
 * A folder the render stage puts each page in as soon as it is rendered, so a big site's bytes wait for
 * lint and write on disk rather than in the heap. Beside the output folder, a spooled page reaches the site
 * as a hard link (the same file, no copy) where the file system allows it. Closing deletes the folder.
 */
public final class Spool implements AutoCloseable {

  static final String PREFIX = ".spool-";

  private final Path folder;
  /** The folders made in the spool so far: pages are put from every render thread. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();

  private Spool(Path folder) {
    this.folder = folder;
  }

  /**
   * A spool in the folder that will hold {@code out}, so pages can be linked into the site; spools left
   * there by a killed build of the same folder are deleted first.
   */
  public static Spool beside(Path out) {
    Path target = OutputGuard.canonical(out);
    String stem = "." + target.getFileName() + PREFIX;
    Path parent = target.getParent();
    if (Files.isDirectory(parent)) {
      try (DirectoryStream<Path> left = Files.newDirectoryStream(parent, stem + "*")) {
        for (Path leftover : left) {
          FileTrees.delete(leftover);
        }
      } catch (IOException e) {
        // a leftover that cannot be deleted wastes space but does not harm this build
      }
    }
    return create(parent, stem + UUID.randomUUID(), out);
  }

  /** A spool in the system's temporary folder, for a rendering that is never written. */
  public static Spool temporary() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    return create(tmp, "malaf" + PREFIX + UUID.randomUUID(), tmp);
  }

  private static Spool create(Path parent, String name, Path shown) {
    try {
      Files.createDirectories(parent);
      return new Spool(Files.createDirectory(parent.resolve(name)));
    } catch (IOException e) {
      throw new BuildFailure(Problem.error(SourcePosition.of(shown), "cannot hold the rendered pages: " + e.getMessage(),
          "check that the folder's parent is writable and the disk is not full"));
    }
  }

  /** Puts a page's bytes on disk; the file returned reads them back only when asked. */
  public SiteFile put(SitePath path, String sha256, byte[] bytes) {
    try {
      Path file = SiteWriter.createParents(SiteWriter.inside(folder, path.value()), folders);
      Files.write(file, bytes);
      return new SiteFile(path, sha256, () -> read(file), Optional.of(file));
    } catch (IOException e) {
      throw new BuildFailure(Problem.error(SourcePosition.of(folder), "cannot hold the rendered page " + path.value()
          + ": " + e.getMessage(), "check that the disk is not full"));
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the folder; one that cannot be deleted now is removed by the next build beside the same site. */
  @Override
  public void close() {
    try {
      FileTrees.delete(folder);
    } catch (IOException | UncheckedIOException e) {
      // best effort: the site is already written (or the build failed for its own reason)
    }
  }
}
