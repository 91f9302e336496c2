package org.malaf.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;
import org.malaf.render.RenderedPage;

/**
 * The write stage and the only code that touches the output folder. A build writes the whole site into a
 * temporary sibling folder, then swaps it into place, so a failed or killed build leaves the previous
 * site untouched. {@code serve} may instead {@link #update} the folder it wrote: only changed files are
 * rewritten, each replaced atomically. Pages the render stage spooled beside the folder are linked in, not
 * copied. Nothing is written outside the output folder, and both ways leave the same bytes.
 */
public final class SiteWriter {

  static final String STATIC_FOLDER = "static";
  static final byte[] MARKER_TEXT = "written by malaf; the whole folder is replaced on each build\n"
      .getBytes(StandardCharsets.UTF_8);

  /** Writes {@code pages} and a copy of {@code staticDir} (as {@code static/}) to {@code out}; returns the file count. */
  public int write(Path out, List<RenderedPage> pages, Path staticDir) {
    List<SiteFile> files = pages.stream()
        .map(p -> new SiteFile(p.path(), sha256(p.bytes()), p::bytes))
        .toList();
    return writeAll(out, files, staticDir).files().size() - 1;
  }

  /** Writes the whole site beside {@code out} and swaps it into place; returns what is now there. */
  public OutputManifest writeAll(Path out, List<SiteFile> files, Path staticDir) {
    Path target = OutputGuard.canonical(out);
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    try {
      Files.createDirectories(parent);
      removeLeftovers(parent, name);
      Path temp = parent.resolve("." + name + ".tmp-" + UUID.randomUUID());
      Files.createDirectory(temp);
      Map<String, String> written = new LinkedHashMap<>();
      Set<Path> folders = new HashSet<>();
      for (SiteFile file : files) {
        place(file, createParents(inside(temp, file.path().value()), folders));
        written.put(file.path().value(), file.sha256()); // a SiteFile carries its bytes' hash: no second pass
      }
      for (StaticFile file : staticFiles(staticDir)) {
        byte[] bytes = Files.readAllBytes(file.source());
        Files.write(createParents(inside(temp, file.sitePath())), bytes);
        written.put(file.sitePath(), sha256(bytes));
      }
      Files.write(temp.resolve(OutputGuard.MARKER), MARKER_TEXT);
      written.put(OutputGuard.MARKER, sha256(MARKER_TEXT));
      swap(temp, target);
      return new OutputManifest(folderId(target), written);
    } catch (IOException | UncheckedIOException e) {
      throw cannotWrite(out, e);
    }
  }

  /**
   * Brings {@code out} to the same state {@link #writeAll} would, rewriting only files whose hash differs
   * from {@code current} (each through a temporary file moved over the old one, so a reader never sees
   * half a page) and deleting files the site no longer has. When {@code current} is null or describes
   * another folder (the folder was replaced meanwhile), the whole site is written instead.
   */
  public OutputManifest update(Path out, List<SiteFile> files, Path staticDir, OutputManifest current) {
    Path target = OutputGuard.canonical(out);
    try {
      if (current == null || !Files.isDirectory(target) || !folderId(target).equals(current.folderId())) {
        return writeAll(out, files, staticDir);
      }
      return new InPlaceUpdate(target, current).apply(files, staticFiles(staticDir));
    } catch (IOException | UncheckedIOException e) {
      throw cannotWrite(out, e);
    }
  }

  /** Creates {@code dest} with the file's bytes: a link to its spooled copy where possible, else written. */
  static void place(SiteFile file, Path dest) throws IOException {
    if (file.spooled().isPresent()) {
      try {
        Files.createLink(dest, file.spooled().get());
        return;
      } catch (UnsupportedOperationException | IOException e) {
        // another file system, or one without hard links: write the bytes instead
      }
    }
    Files.write(dest, file.bytes().get());
  }

  /** A file copied from the static folder: where it comes from and its '/'-separated path in the site. */
  record StaticFile(Path source, String sitePath) {
  }

  /** The files of {@code staticDir} to publish, in path order: hidden files and links out of it are skipped. */
  static List<StaticFile> staticFiles(Path staticDir) throws IOException {
    List<StaticFile> out = new ArrayList<>();
    if (staticDir == null || !Files.isDirectory(staticDir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(staticDir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    Path root = staticDir.toRealPath();
    for (Path file : files) {
      if (!file.toRealPath().startsWith(root) || file.getFileName().toString().startsWith(".")) {
        continue; // links out of static/ and hidden files are not published
      }
      out.add(new StaticFile(file, STATIC_FOLDER + "/" + staticDir.relativize(file).toString().replace('\\', '/')));
    }
    return out;
  }

  /** The file for a site path inside {@code root}; a path escaping the folder is a bug in an emitter. */
  static Path inside(Path root, String sitePath) {
    Path file = root.resolve(sitePath).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new IllegalStateException("page path escapes the site: " + sitePath);
    }
    return file;
  }

  static Path createParents(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return file;
  }

  /**
   * As {@link #createParents(Path)}, skipping the folders already in {@code made} (and adding new ones): writing a
   * site asks for the same few folders thousands of times, two system calls each.
   */
  static Path createParents(Path file, Set<Path> made) throws IOException {
    Path parent = file.getParent();
    if (!made.contains(parent)) {
      Files.createDirectories(parent);
      made.add(parent);
    }
    return file;
  }

  /** The hex SHA-256 of a file's bytes: what a {@link SiteFile} and the manifest carry, and the cache stores. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The folder's identity: its inode (file key) where the system has one, else its creation time. */
  static String folderId(Path folder) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
    Object key = attributes.fileKey();
    return key != null ? key.toString() : attributes.creationTime().toString();
  }

  private static BuildFailure cannotWrite(Path out, Exception e) {
    return new BuildFailure(Problem.error(SourcePosition.of(out), "cannot write the site: " + e.getMessage(),
        "check that the folder's parent is writable and the disk is not full"));
  }

  private static void swap(Path temp, Path target) throws IOException {
    if (!Files.exists(target)) {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    FileTrees.delete(old);
  }

  /** Deletes temporary folders left by a build that was killed before its swap. */
  private static void removeLeftovers(Path parent, String name) throws IOException {
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".{tmp,old}-*")) {
      for (Path leftover : siblings) {
        if (Files.exists(leftover.resolve(OutputGuard.MARKER)) || leftover.getFileName().toString().contains(".tmp-")) {
          FileTrees.delete(leftover);
        }
      }
    }
  }
}
