package org.malaf.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What a file looked like on disk without reading it: size, modification time and file key (inode). Two
 * equal stamps are taken as the same content, as make and rsync do: an editor that saves a file always
 * moves its modification time (nanoseconds on current file systems).
 */
record FileStamp(long size, long modifiedNanos, Object fileKey) {

  /** The file's stamp, or empty when it cannot be read (the caller reads the file and reports why). */
  static Optional<FileStamp> of(Path file) {
    try {
      return Optional.of(of(Files.readAttributes(file, BasicFileAttributes.class)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The stamp of a file whose attributes were just read (by a folder listing, say). */
  static FileStamp of(BasicFileAttributes attributes) {
    long nanos = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    return new FileStamp(attributes.size(), nanos, attributes.fileKey());
  }
}
