package org.malaf.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively (directory-watcher: native events, new sub-folders included) and calls back
 * once per burst of changes, after {@code quiet} without a new event: an editor's save is often a create,
 * a few modifies and a rename, and a rebuild per event would be wasted. Callbacks run one at a time on one
 * thread, so a change saved during a rebuild starts another rebuild after it, never beside it.
 */
final class ChangeWatcher implements AutoCloseable {

  private final List<Path> folders;
  private final Duration quiet;
  private final Consumer<Set<Path>> onChange;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      DevServer.daemonThreads("malaf-rebuild"));
  private final java.util.concurrent.ExecutorService watchThread = Executors.newSingleThreadExecutor(
      DevServer.daemonThreads("malaf-watch"));
  private final Set<Path> pending = new TreeSet<>();
  private ScheduledFuture<?> flush;
  private DirectoryWatcher watcher;

  ChangeWatcher(List<Path> folders, Duration quiet, Consumer<Set<Path>> onChange) {
    this.folders = folders.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).toList();
    this.quiet = quiet;
    this.onChange = onChange;
  }

  /** Starts watching; returns the folders actually watched (missing ones are skipped). */
  List<Path> start() throws IOException {
    if (folders.isEmpty()) {
      return folders;
    }
    // No file hashing: it would read every seed at start, and the build cache already ignores no-op saves.
    watcher = DirectoryWatcher.builder().paths(folders).fileHashing(false).listener(this::onEvent).build();
    watcher.watchAsync(watchThread);
    return folders;
  }

  private void onEvent(DirectoryChangeEvent event) {
    Path path = event.path();
    if (path != null && isEditorScratch(path)) {
      return;
    }
    synchronized (pending) {
      pending.add(path == null ? event.rootPath() : path);
      if (flush != null) {
        flush.cancel(false);
      }
      flush = scheduler.schedule(this::flush, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void flush() {
    Set<Path> changed;
    synchronized (pending) {
      changed = new TreeSet<>(pending);
      pending.clear();
    }
    if (!changed.isEmpty()) {
      onChange.accept(changed);
    }
  }

  /** Swap, backup and lock files editors write next to the real one; saving them changes nothing. */
  static boolean isEditorScratch(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString();
    return n.startsWith(".") || n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swx") || n.equals("4913");
  }

  @Override
  public void close() {
    try {
      if (watcher != null) {
        watcher.close();
      }
    } catch (IOException e) {
      // closing anyway
    }
    scheduler.shutdownNow();
    watchThread.shutdownNow();
  }
}
