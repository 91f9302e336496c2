package org.malaf.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the build in progress has used, in front of what the last successful build of the session used.
 * A value found in the last build's generation moves into this one; a successful build then keeps only
 * what it used, and a failed one keeps both generations, so fixing the error finds everything again. The
 * build cache keeps its stage results, output hashes and fingerprints this way.
 */
public final class SessionMemory<K, V> {

  private Map<K, V> current = new ConcurrentHashMap<>();
  private Map<K, V> previous = new ConcurrentHashMap<>();

  /** The value remembered for {@code key} by this build or the last, or null. */
  public V get(K key) {
    V value = current.get(key);
    if (value == null) {
      value = previous.get(key);
      if (value != null) {
        current.put(key, value);
      }
    }
    return value;
  }

  public void put(K key, V value) {
    current.put(key, value);
  }

  /** Ends a build: see the class comment. */
  public void finish(boolean success) {
    if (success) {
      previous = current;
    } else {
      previous.putAll(current);
    }
    current = new ConcurrentHashMap<>();
  }
}
