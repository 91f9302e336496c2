package org.malaf.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskStoreTest {

  @TempDir
  Path tmp;

  private static CacheKey key(String name) {
    return CacheKey.builder("test").add(name).build();
  }

  /** Stores opened by the test: their background writes must end before the temporary folder is deleted. */
  private final List<DiskStore> opened = new ArrayList<>();

  private DiskStore open(boolean writable) {
    DiskStore store = DiskStore.open(tmp, writable);
    opened.add(store);
    return store;
  }

  @AfterEach
  void letTheWritesEnd() {
    opened.forEach(DiskStore::awaitWrites);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void returnsWhatWasStored() {
    DiskStore store = open(true);
    store.put("page", key("a"), utf8("<p>حفتر</p>"));
    assertThat(store.get("page", key("a"))).hasValueSatisfying(b -> assertThat(b).isEqualTo(utf8("<p>حفتر</p>")));
    assertThat(store.get("page", key("b"))).isEmpty();
    assertThat(store.damagedCount()).isZero();
  }

  @Test
  void anEntryIsReadableAtOnceAndOnDiskForTheNextBuildOnceTheWritesAreAwaited() throws IOException {
    DiskStore store = open(true);
    for (int i = 0; i < 200; i++) {
      byte[] page = utf8("<p>" + i + "</p>");
      store.put("page", key("p" + i), page);
      assertThat(store.contains("page", key("p" + i))).isTrue();
      assertThat(store.get("page", key("p" + i))).hasValueSatisfying(b -> assertThat(b).isEqualTo(page));
    }
    store.awaitWrites();
    DiskStore next = open(true);
    for (int i = 0; i < 200; i++) {
      byte[] page = utf8("<p>" + i + "</p>");
      assertThat(next.get("page", key("p" + i))).hasValueSatisfying(b -> assertThat(b).isEqualTo(page));
    }
    try (Stream<Path> files = Files.walk(tmp)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(".tmp-"));
    }
  }

  @Test
  void aFlippedByteIsDetectedAndTheEntryRemoved() throws IOException {
    DiskStore store = open(true);
    store.put("page", key("a"), utf8("<p>one</p>"));
    store.awaitWrites();
    Path file = store.fileOf("page", key("a"));
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 2] ^= 1;
    Files.write(file, bytes);
    assertThat(store.get("page", key("a"))).isEmpty();
    assertThat(store.damagedCount()).isEqualTo(1);
    assertThat(file).doesNotExist();
  }

  @Test
  void truncatedEmptyAndForeignFilesAreRejected() throws IOException {
    DiskStore store = open(true);
    store.put("page", key("a"), utf8("<p>one</p>"));
    store.awaitWrites();
    Path file = store.fileOf("page", key("a"));
    byte[] good = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(good, good.length - 3));
    assertThat(store.get("page", key("a"))).isEmpty();
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[0]);
    assertThat(store.get("page", key("a"))).isEmpty();
    Files.write(file, utf8("not a cache entry at all"));
    assertThat(store.get("page", key("a"))).isEmpty();
    assertThat(store.damagedCount()).isEqualTo(3);
  }

  @Test
  void anEntryFiledUnderAnotherKeyOrKindIsNotTrusted() throws IOException {
    DiskStore store = open(true);
    store.put("page", key("a"), utf8("<p>a</p>"));
    store.awaitWrites();
    Path other = store.fileOf("page", key("b"));
    Files.createDirectories(other.getParent());
    Files.copy(store.fileOf("page", key("a")), other);
    assertThat(store.get("page", key("b"))).isEmpty();
    Path otherKind = store.fileOf("clean", key("a"));
    Files.createDirectories(otherKind.getParent());
    Files.copy(store.fileOf("page", key("a")), otherKind);
    assertThat(store.get("clean", key("a"))).isEmpty();
    assertThat(store.get("page", key("a"))).isPresent();
  }

  @Test
  void anEntryOfAnotherFormatVersionIsNotTrusted() throws IOException {
    DiskStore store = open(true);
    store.put("page", key("a"), utf8("<p>a</p>"));
    store.awaitWrites();
    Path file = store.fileOf("page", key("a"));
    byte[] bytes = Files.readAllBytes(file);
    bytes[8 + 3] = (byte) (CodeIdentity.CACHE_FORMAT + 1); // the int after the 8-byte magic
    Files.write(file, bytes);
    assertThat(store.get("page", key("a"))).isEmpty();
  }

  @Test
  void evictionKeepsUsedAndRecentEntries() throws IOException {
    DiskStore store = open(true);
    for (String name : new String[] {"used", "unused-old", "unused-new"}) {
      store.put("page", key(name), utf8(name));
    }
    store.awaitWrites();
    FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
    Files.setLastModifiedTime(store.fileOf("page", key("used")), old);
    Files.setLastModifiedTime(store.fileOf("page", key("unused-old")), old);
    store.forgetUsed();
    store.get("page", key("used"));
    assertThat(store.evictUnused(Duration.ofMinutes(10))).isEqualTo(1);
    assertThat(store.fileOf("page", key("used"))).exists();
    assertThat(store.fileOf("page", key("unused-new"))).exists();
    assertThat(store.fileOf("page", key("unused-old"))).doesNotExist();
  }

  @Test
  void aReadOnlyStoreReadsButNeverWrites() {
    DiskStore writer = open(true);
    writer.put("page", key("a"), utf8("a"));
    writer.awaitWrites();
    DiskStore reader = open(false);
    assertThat(reader.get("page", key("a"))).isPresent();
    reader.put("page", key("b"), utf8("b"));
    assertThat(reader.fileOf("page", key("b"))).doesNotExist();
  }
}
