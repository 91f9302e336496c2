package org.malaf.session;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.malaf.parallel.Parallel;

/**
 * Per-item results of the last build, found again by identity: within a session an unchanged input (an
 * annotated article) comes back as the very same object, so its result is reused without hashing or
 * comparing it (a record's hashCode would walk the whole article). Only the last build's items are kept.
 *
 * @param <K> the input a result depends on, and nothing else
 * @param <V> the result
 */
public final class LastBuildMemo<K, V> {

  // Replaced whole at each build and only read afterwards, so readers on several threads need no lock.
  private volatile Map<K, V> last = new IdentityHashMap<>();

  /**
   * {@code compute} of each item, in parallel and in the items' order; an item whose {@code key} is the very
   * object of the last build reuses that build's result. {@code compute} must depend on the key only.
   */
  public <T> List<V> map(List<T> items, Function<T, K> key, Function<T, V> compute) {
    return map(items, key, compute, (item, kept) -> true);
  }

  /**
   * As {@link #map(List, Function, Function)}, for a result that also depends on a little more of the item than
   * its key: a kept result is reused only while {@code stillHolds} says that little more is the same.
   */
  public <T> List<V> map(List<T> items, Function<T, K> key, Function<T, V> compute, BiPredicate<T, V> stillHolds) {
    Map<K, V> known = last;
    List<V> results = Parallel.map(items, item -> {
      V kept = known.get(key.apply(item));
      return kept != null && stillHolds.test(item, kept) ? kept : compute.apply(item);
    });
    Map<K, V> next = new IdentityHashMap<>(items.size() * 2);
    for (int i = 0; i < items.size(); i++) {
      next.put(key.apply(items.get(i)), results.get(i));
    }
    last = next;
    return results;
  }
}
