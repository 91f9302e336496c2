package org.malaf.session;

import java.util.Objects;
import java.util.function.Function;

/**
 * The last build's result of one dossier-wide computation and the input it came from: when this build's
 * input is equal, the result is reused. Suits results that read every article (related articles, the
 * source index) but whose inputs, small summaries of each article, rarely change with an edit. Comparing
 * is cheap because unchanged articles hand back the very same objects (see {@link LastBuildMemo}).
 *
 * @param <K> everything the result depends on, with a meaningful {@code equals}
 * @param <V> the result
 */
public final class LastValueMemo<K, V> {

  private record Entry<K, V>(K input, V result) {
  }

  private volatile Entry<K, V> last;

  /**
   * {@code compute(input)}, or the last result when {@code input} equals the last input; a result equal to
   * the last one is the last one.
   */
  public V get(K input, Function<K, V> compute) {
    Entry<K, V> known = last;
    if (known != null && Objects.equals(known.input(), input)) {
      return known.result();
    }
    V result = compute.apply(input);
    if (known != null && Objects.equals(known.result(), result)) {
      // An input that changed often gives an equal result (an edit that moves a footnote, not its source):
      // handing back the last one lets whatever compares it downstream find it unchanged at a glance.
      result = known.result();
    }
    last = new Entry<>(input, result);
    return result;
  }
}
