package org.malaf.session;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What the build in progress has used, in front of what the last successful build of the session used.
 * A successful build keeps only what it used, and a failed one keeps everything, so fixing the error finds
 * everything again. The build cache keeps its stage results, output hashes and fingerprints this way.
 *
 * <p>One map holds both generations: each value notes the last build that used it, and a successful build
 * drops the others at its end. An edit looks up every article and page, so moving each hit into a fresh
 * map (tens of thousands of puts a build) cost more than the lookups.
 */
public final class SessionMemory<K, V> {

  /** A value and the number of the last build that used it. */
  private static final class Slot<V> {

    final V value;
    volatile int usedIn;

    Slot(V value, int usedIn) {
      this.value = value;
      this.usedIn = usedIn;
    }
  }

  private final ConcurrentHashMap<K, Slot<V>> slots = new ConcurrentHashMap<>();
  // Changed only between builds (finish), read by the build's threads.
  private volatile int build;

  /** The value remembered for {@code key} by this build or the last, or null. */
  public V get(K key) {
    Slot<V> slot = slots.get(key);
    if (slot == null) {
      return null;
    }
    int now = build;
    if (slot.usedIn != now) {
      slot.usedIn = now;
    }
    return slot.value;
  }

  public void put(K key, V value) {
    slots.put(key, new Slot<>(value, build));
  }

  /** Ends a build: see the class comment. */
  public void finish(boolean success) {
    int ended = build;
    if (success) {
      slots.values().removeIf(slot -> slot.usedIn != ended);
    }
    build = ended + 1;
  }
}
