package org.malaf.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Updates a site folder malaf wrote, file by file, for {@code serve}: a file whose hash matches the
 * manifest is left alone, a changed one is written beside its name and moved over it (readers see the old
 * page or the new one, never half of one), and files of the manifest the site no longer has are deleted,
 * empty folders too. The result is byte for byte what a full write gives.
 */
final class InPlaceUpdate {

  private static final String TEMP_PREFIX = ".malaf-tmp-";

  private final Path target;
  private final OutputManifest current;
  private final Map<String, String> next = new TreeMap<>();
  private Set<String> present;

  InPlaceUpdate(Path target, OutputManifest current) {
    this.target = target;
    this.current = current;
  }

  OutputManifest apply(List<SiteFile> files, List<SiteWriter.StaticFile> statics) throws IOException {
    for (SiteFile file : files) {
      keep(file.path().value(), file.sha256(), temp -> SiteWriter.place(file, temp));
    }
    for (SiteWriter.StaticFile file : statics) {
      byte[] bytes = Files.readAllBytes(file.source());
      keep(file.sitePath(), SiteWriter.sha256(bytes), temp -> Files.write(temp, bytes));
    }
    keep(OutputGuard.MARKER, SiteWriter.sha256(SiteWriter.MARKER_TEXT),
        temp -> Files.write(temp, SiteWriter.MARKER_TEXT));
    removeOthers();
    return new OutputManifest(SiteWriter.folderId(target), next);
  }

  /** Writes a file's contents to the path given. */
  private interface Contents {

    void writeTo(Path file) throws IOException;
  }

  /**
   * Puts the file at {@code path} with hash {@code sha} in the next manifest, leaving it alone when the site
   * holds it already, else writing it beside its name and moving it over the old one.
   */
  private void keep(String path, String sha, Contents contents) throws IOException {
    if (!unchanged(path, sha)) {
      Path temp = tempBeside(path);
      contents.writeTo(temp);
      moveOver(temp, path);
    }
    next.put(path, sha);
  }

  /** True when the site still holds the file the manifest lists with this hash (not removed by hand since). */
  private boolean unchanged(String path, String sha) throws IOException {
    return sha.equals(current.files().get(path)) && present().contains(path);
  }

  /**
   * The manifest's files that are there now, found by listing each of their folders once: one listing of a
   * folder of 10,000 pages costs a fraction of 10,000 lookups, and an edit asks about every page.
   */
  private Set<String> present() throws IOException {
    if (present == null) {
      Set<String> folders = new TreeSet<>();
      for (String path : current.files().keySet()) {
        int slash = path.lastIndexOf('/');
        folders.add(slash < 0 ? "" : path.substring(0, slash));
      }
      present = new HashSet<>();
      for (String folder : folders) {
        Path dir = folder.isEmpty() ? target : SiteWriter.inside(target, folder);
        String prefix = folder.isEmpty() ? "" : folder + "/";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
          for (Path entry : entries) {
            present.add(prefix + entry.getFileName());
          }
        } catch (NoSuchFileException | NotDirectoryException e) {
          // the whole folder is gone: its files are written anew
        }
      }
    }
    return present;
  }

  /** A fresh name in the folder of the site file {@code path} (created if need be). */
  private Path tempBeside(String path) throws IOException {
    return SiteWriter.createParents(SiteWriter.inside(target, path)).resolveSibling(TEMP_PREFIX + UUID.randomUUID());
  }

  private void moveOver(Path temp, String path) throws IOException {
    Path file = SiteWriter.inside(target, path);
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Deletes the files the last write made that the site does not have now (pages of removed articles), then
   * the folders this leaves empty. The manifest says what is there: the folder is the one it describes.
   */
  private void removeOthers() throws IOException {
    for (String path : current.files().keySet()) {
      if (next.containsKey(path)) {
        continue;
      }
      Path file = SiteWriter.inside(target, path);
      Files.deleteIfExists(file);
      for (Path dir = file.getParent(); !dir.equals(target) && isEmptyFolder(dir); dir = dir.getParent()) {
        Files.delete(dir);
      }
    }
  }

  private static boolean isEmptyFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
