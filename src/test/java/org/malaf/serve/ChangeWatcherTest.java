package org.malaf.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWatcherTest {

  @TempDir
  Path folder;

  @Test
  void aBurstOfSavesIsReportedOnceQuiet() throws Exception {
    BlockingQueue<Set<Path>> calls = new LinkedBlockingQueue<>();
    try (ChangeWatcher watcher = new ChangeWatcher(List.of(folder), Duration.ofMillis(300), calls::add)) {
      watcher.start();
      Files.writeString(folder.resolve("actors.yaml"), "a");
      Files.createDirectories(folder.resolve("sub"));
      Files.writeString(folder.resolve("sub/new.txt"), "b");
      Files.writeString(folder.resolve("actors.yaml"), "c");
      Set<Path> changed = calls.poll(10, TimeUnit.SECONDS);
      assertThat(changed).isNotNull();
      assertThat(changed.stream().map(p -> p.getFileName().toString())).contains("actors.yaml");
      // Everything saved within the quiet time arrives in that one call, or in at most one more.
      Set<Path> more = calls.poll(1, TimeUnit.SECONDS);
      assertThat(calls.poll(500, TimeUnit.MILLISECONDS)).isNull();
      if (more != null) {
        changed = new java.util.TreeSet<>(changed);
        changed.addAll(more);
      }
      assertThat(changed.stream().map(p -> p.getFileName().toString())).contains("actors.yaml", "new.txt");
    }
  }

  @Test
  void editorScratchFilesAreIgnored() {
    assertThat(ChangeWatcher.isEditorScratch(Path.of("seeds/.actors.yaml.swp"))).isTrue();
    assertThat(ChangeWatcher.isEditorScratch(Path.of("seeds/actors.yaml~"))).isTrue();
    assertThat(ChangeWatcher.isEditorScratch(Path.of("seeds/4913"))).isTrue();
    assertThat(ChangeWatcher.isEditorScratch(Path.of("seeds/actors.yaml"))).isFalse();
  }

  @Test
  void missingFoldersAreSkipped() throws IOException {
    try (ChangeWatcher watcher = new ChangeWatcher(List.of(folder, folder.resolve("absent")), Duration.ofMillis(100),
        changed -> { })) {
      assertThat(watcher.start()).containsExactly(folder.toAbsolutePath().normalize());
    }
  }
}
