package org.malaf.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap during a build: the peak is the largest heap use seen, taken from every garbage
 * collection's "before" figure (the heap is fullest just before a collection) and from a 10 ms sampler
 * between collections; the live figure is the largest heap use right after a collection, which is what
 * the build really keeps. Start it, run the build, then {@link #stop()}; one meter per measurement.
 */
public final class HeapMeter implements AutoCloseable {

  /** The figures of one measurement, in bytes. */
  public record Reading(long peakBytes, long liveBytes, long maxBytes, int collections) {

    public long peakMb() {
      return peakBytes >> 20;
    }

    public long liveMb() {
      return liveBytes >> 20;
    }

    public long maxMb() {
      return maxBytes >> 20;
    }
  }

  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong live = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onCollection;
  private final java.util.Set<String> heapPools = new java.util.HashSet<>();
  private final Thread sampler;
  private volatile boolean running = true;

  private HeapMeter() {
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    sampler = new Thread(this::sample, "malaf-heap-meter");
    sampler.setDaemon(true);
  }

  /** Starts measuring now. */
  public static HeapMeter start() {
    HeapMeter meter = new HeapMeter();
    meter.peak.set(used());
    meter.sampler.start();
    return meter;
  }

  /** Stops measuring and gives the figures. */
  public Reading stop() {
    close();
    peak.accumulateAndGet(used(), Math::max);
    return new Reading(peak.get(), live.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax(),
        (int) collections.get());
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already removed by an earlier close
      }
    }
    emitters.clear();
  }

  private void sample() {
    while (running) {
      peak.accumulateAndGet(used(), Math::max);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void onCollection(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
    peak.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
    live.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
    collections.incrementAndGet();
  }

  /** Heap pools only: the GC info also lists non-heap pools (code cache, metaspace), left out here. */
  private long heap(java.util.Map<String, MemoryUsage> byPool) {
    long total = 0;
    for (var e : byPool.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        total += e.getValue().getUsed();
      }
    }
    return total;
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
