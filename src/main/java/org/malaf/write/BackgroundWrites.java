package org.malaf.write;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * File writes done in order by one thread of their own while the callers go on. Threads creating files side
 * by side in one folder wait on the file system's lock of that folder (on ext4, two writers spent four times
 * the system time of one), so the render threads hand their files to this one. A file's bytes can be read
 * from memory ({@link #waiting}) until its write has run. At most {@code maxPending} bytes wait at once:
 * past that a caller waits for room, so a slow disk holds back the work rather than filling the heap.
 */
public final class BackgroundWrites implements AutoCloseable {

  private final ExecutorService writer;
  private final Semaphore room;
  private final int maxPending;
  /** The bytes of each file whose write has not run yet. */
  private final Map<Path, byte[]> pending = new ConcurrentHashMap<>();

  /**
   * A writer thread named {@code name}: a daemon, which never keeps the JVM alive, and which ends after a
   * second without work (a new one starts with the next write).
   */
  public BackgroundWrites(String name, int maxPending) {
    ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        runnable -> {
          Thread thread = new Thread(runnable, name);
          thread.setDaemon(true);
          return thread;
        });
    executor.allowCoreThreadTimeOut(true);
    this.writer = executor;
    this.maxPending = maxPending;
    this.room = new Semaphore(maxPending);
  }

  /**
   * Runs {@code write}, which puts {@code bytes} in {@code file} and handles its own failures, on the writer
   * thread after the writes submitted before it; until then {@link #waiting} gives the bytes.
   */
  public void submit(Path file, byte[] bytes, Runnable write) {
    int weight = Math.min(bytes.length, maxPending); // a write bigger than the room waits for all of it
    room.acquireUninterruptibly(weight);
    pending.put(file, bytes);
    writer.execute(() -> {
      try {
        write.run();
      } finally {
        pending.remove(file, bytes);
        room.release(weight);
      }
    });
  }

  /** The bytes submitted for {@code file} whose write has not run yet, or null. */
  public byte[] waiting(Path file) {
    return pending.get(file);
  }

  /** Waits until every write submitted so far has run. */
  public void await() {
    try {
      writer.submit(() -> { }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while files were being written", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Lets the writes already submitted run, then stops the thread. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      writer.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
