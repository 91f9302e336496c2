package org.malaf.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Applies a function to every item of a list on the calling thread and the common pool's workers, each
 * claiming the next unclaimed item until none is left. A parallel stream instead cuts a list into a few
 * fixed slices up front (four on two cores), so a slice of slow items (actor pages, long articles) leaves
 * one core working alone at the end: on a 10,000-article build that was a quarter of the render stage.
 */
public final class Parallel {

  private Parallel() {
  }

  /**
   * {@code fn} of each item, in the items' order (a {@code null} result stays in its place). The first
   * exception thrown by {@code fn} stops the claiming of further items and is rethrown as it was.
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
    return map(items.size(), i -> fn.apply(items.get(i)));
  }

  /** {@code fn} of each index below {@code count}, in index order; as {@link #map(List, Function)}. */
  public static <R> List<R> map(int count, IntFunction<? extends R> fn) {
    Object[] results = new Object[count];
    run(count, i -> results[i] = fn.apply(i));
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    return list;
  }

  /** {@code action} on each item, in no particular order; exceptions as in {@link #map}. */
  public static <T> void forEach(List<T> items, Consumer<? super T> action) {
    run(items.size(), i -> action.accept(items.get(i)));
  }

  /** Runs {@code work} for every index below {@code count}; the workers' writes are visible on return. */
  private static void run(int count, IndexWork work) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable claimer = () -> {
      try {
        for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
          work.run(i);
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    };
    int helpers = Math.min(count - 1, ForkJoinPool.getCommonPoolParallelism());
    List<ForkJoinTask<?>> tasks = new ArrayList<>(Math.max(helpers, 0));
    for (int h = 0; h < helpers; h++) {
      tasks.add(ForkJoinPool.commonPool().submit(claimer));
    }
    claimer.run();
    for (ForkJoinTask<?> task : tasks) {
      task.join(); // the claimer catches what work throws, so join returns normally
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
  }

  @FunctionalInterface
  private interface IndexWork {

    void run(int index);
  }
}
