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
import java.util.concurrent.atomic.AtomicReference;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;
import org.malaf.render.SitePath;

/**
 * A folder the render stage puts each page in as soon as it is rendered, so a big site's bytes wait for
 * lint and write on disk rather than in the heap. Beside the output folder, a spooled page reaches the site
 * as a hard link (the same file, no copy) where the file system allows it. Closing deletes the folder.
 *
 * <p>Pages are written by {@link BackgroundWrites} while the render threads go on; a page's bytes stay
 * readable from memory until its file is written. {@link #awaitWritten()} must return before the files are
 * linked anywhere.
 */
public final class Spool implements AutoCloseable {

  static final String PREFIX = ".spool-";
  /** Bytes of pages put but not yet on disk, at most; a put waits for room beyond that. */
  static final int PENDING_BYTES = 64 << 20;

  private final Path folder;
  /** The folders made in the spool so far (by the writing thread, which may be a new one after a pause). */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  private final BackgroundWrites writes = new BackgroundWrites("malaf-spool", PENDING_BYTES);
  private final AtomicReference<Problem> failure = new AtomicReference<>();

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

  /**
   * Puts a page's bytes in the spool; the file returned reads them back only when asked. The file is
   * written soon after, by the spool's thread: see {@link #awaitWritten()}.
   */
  public SiteFile put(SitePath path, String sha256, byte[] bytes) {
    Path file = SiteWriter.inside(folder, path.value());
    writes.submit(file, bytes, () -> {
      try {
        if (failure.get() == null) {
          Files.write(SiteWriter.createParents(file, folders), bytes);
        }
      } catch (IOException e) {
        failure.compareAndSet(null, Problem.error(SourcePosition.of(folder), "cannot hold the rendered page "
            + path.value() + ": " + e.getMessage(), "check that the disk is not full"));
      }
    });
    return new SiteFile(path, sha256, () -> read(file), Optional.of(file));
  }

  /** Waits until every page put so far is on disk; throws {@link BuildFailure} if one could not be written. */
  public void awaitWritten() {
    writes.await();
    Problem problem = failure.get();
    if (problem != null) {
      throw new BuildFailure(problem);
    }
  }

  private byte[] read(Path file) {
    byte[] waiting = writes.waiting(file);
    if (waiting != null) {
      return waiting;
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lets the pages already put reach the disk, then deletes the folder; one that cannot be deleted now is
   * removed by the next build beside the same site.
   */
  @Override
  public void close() {
    writes.close();
    try {
      FileTrees.delete(folder);
    } catch (IOException | UncheckedIOException e) {
      // best effort: the site is already written (or the build failed for its own reason)
    }
  }
}
