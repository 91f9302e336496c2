package org.malaf.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.malaf.write.BackgroundWrites;

/**
 * Cache entries on disk, one immutable file per key under {@code <folder>/v<format>/<kind>/<ab>/<key>}.
 * Each file carries a header (magic, format, kind, key, length, SHA-256 of the payload) that is checked on
 * every read: a file that is truncated, altered, of another format or filed under the wrong name is
 * counted as damaged, deleted and treated as a miss. Files are written beside their final name and moved
 * into place, so a killed build or two builds sharing the folder never leave half an entry. Entries are
 * written in the background, one at a time ({@link BackgroundWrites}); until then this store reads them
 * from memory.
 */
public final class DiskStore {

  private static final byte[] MAGIC = "MALAFCE\n".getBytes(StandardCharsets.US_ASCII);
  private static final long MAX_ENTRY = 1L << 30;

  /** Bytes of entries waiting to be written, at most; a put waits for room beyond that. */
  private static final int PENDING_BYTES = 64 << 20;

  private final Path root;
  private final boolean writable;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final AtomicInteger damaged = new AtomicInteger();
  private final BackgroundWrites writes = new BackgroundWrites("malaf-cache", PENDING_BYTES);

  private DiskStore(Path root, boolean writable) {
    this.root = root;
    this.writable = writable;
  }

  /** A store in {@code folder}; when the folder cannot be created the store keeps nothing (builds still work). */
  public static DiskStore open(Path folder, boolean writable) {
    Path root = folder.resolve("v" + CodeIdentity.CACHE_FORMAT);
    if (!writable) {
      return new DiskStore(root, false);
    }
    try {
      Files.createDirectories(root);
      return new DiskStore(root, true);
    } catch (IOException e) {
      return new DiskStore(root, false);
    }
  }

  /** The verified payload stored under {@code key}, or empty (absent, or damaged and now removed). */
  public Optional<byte[]> get(String kind, CacheKey key) {
    Path file = fileOf(kind, key);
    byte[] waiting = writes.waiting(file);
    if (waiting != null) {
      used.add(key.hex());
      return Optional.of(waiting);
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_ENTRY) {
        return discard(file);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return discard(file);
    }
    Optional<byte[]> payload = verify(bytes, kind, key);
    if (payload.isEmpty()) {
      return discard(file);
    }
    used.add(key.hex());
    return payload;
  }

  /** True when an entry file exists for {@code key} (not verified; for outputs whose bytes are not needed). */
  public boolean contains(String kind, CacheKey key) {
    Path file = fileOf(kind, key);
    boolean exists = writes.waiting(file) != null || Files.isRegularFile(file);
    if (exists) {
      used.add(key.hex());
    }
    return exists;
  }

  /**
   * Stores {@code payload} soon, in the background ({@link #awaitWrites()} waits for it); failures (disk full,
   * read-only folder) only cost a later miss.
   */
  public void put(String kind, CacheKey key, byte[] payload) {
    used.add(key.hex());
    if (writable) {
      Path file = fileOf(kind, key);
      writes.submit(file, payload, () -> write(file, kind, key, payload));
    }
  }

  /** Waits until every entry put so far is written (or failed to be). */
  public void awaitWrites() {
    writes.await();
  }

  private void write(Path file, String kind, CacheKey key, byte[] payload) {
    Path temp = file.resolveSibling(".tmp-" + UUID.randomUUID());
    try {
      Files.createDirectories(file.getParent());
      Files.write(temp, encode(kind, key, payload));
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the next eviction removes it
      }
    }
  }

  /**
   * Deletes entries this store's builds did not use, except those younger than {@code grace}: another
   * build sharing the folder may have just written them. Returns how many were deleted.
   */
  public int evictUnused(Duration grace) {
    if (!writable) {
      return 0;
    }
    FileTime cutoff = FileTime.from(Instant.now().minus(grace));
    int deleted = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      return 0;
    }
    for (Path file : files) {
      try {
        if (!used.contains(file.getFileName().toString()) && Files.getLastModifiedTime(file).compareTo(cutoff) < 0) {
          Files.deleteIfExists(file);
          deleted++;
        }
      } catch (IOException e) {
        // vanished or locked: leave it for the next eviction
      }
    }
    return deleted;
  }

  /** Records that a build used the entry (found in memory), so eviction keeps it for the next run. */
  public void markUsed(CacheKey key) {
    used.add(key.hex());
  }

  /** Starts a new build's record of used entries. */
  public void forgetUsed() {
    used.clear();
  }

  /** How many damaged entries were found (and removed) so far. */
  public int damagedCount() {
    return damaged.get();
  }

  public Path folder() {
    return root;
  }

  Path fileOf(String kind, CacheKey key) {
    return root.resolve(kind).resolve(key.hex().substring(0, 2)).resolve(key.hex());
  }

  private Optional<byte[]> discard(Path file) {
    damaged.incrementAndGet();
    if (writable) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a later put replaces it
      }
    }
    return Optional.empty();
  }

  static byte[] encode(String kind, CacheKey key, byte[] payload) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(payload.length + 128);
    DataOutputStream out = new DataOutputStream(buffer);
    out.write(MAGIC);
    out.writeInt(CodeIdentity.CACHE_FORMAT);
    out.writeUTF(kind);
    out.write(HexFormat.of().parseHex(key.hex()));
    out.writeLong(payload.length);
    out.write(CacheKey.newDigest().digest(payload));
    out.write(payload);
    out.flush();
    return buffer.toByteArray();
  }

  /** The payload when the header matches {@code kind}, {@code key} and the payload's own hash. */
  static Optional<byte[]> verify(byte[] bytes, String kind, CacheKey key) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC) || in.readInt() != CodeIdentity.CACHE_FORMAT || !in.readUTF().equals(kind)) {
        return Optional.empty();
      }
      if (!Arrays.equals(in.readNBytes(32), HexFormat.of().parseHex(key.hex()))) {
        return Optional.empty();
      }
      long length = in.readLong();
      byte[] hash = in.readNBytes(32);
      if (length < 0 || length != in.available()) {
        return Optional.empty();
      }
      byte[] payload = in.readNBytes((int) length);
      return Arrays.equals(hash, CacheKey.newDigest().digest(payload)) ? Optional.of(payload) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
