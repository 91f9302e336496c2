package org.malaf.cache;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.UUID;

/**
 * The SHA-256 of a value graph made of records, strings, numbers, enums, collections and a few JDK value
 * types (paths, dates, URIs), walked component by component. Unlike {@code toString()} it never depends on
 * identity hashes, and it hashes unordered maps and sets (such as {@code Map.copyOf}, whose order changes
 * from one JVM run to the next) in a canonical order, so equal values give equal keys across runs. A value
 * it cannot see into (a class that is not a record, a lambda) is refused, and the caller does not cache.
 */
public final class Fingerprint {

  /** Thrown when a value holds something the fingerprint cannot see into. */
  public static final class Unsupported extends Exception {

    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private static final int MAX_DEPTH = 64;

  /** Record accessors by class, memoised per instance (one fingerprint per build cache). */
  private final ClassValue<Method[]> accessors = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] methods = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        methods[i] = components[i].getAccessor();
        methods[i].setAccessible(true);
      }
      return methods;
    }
  };

  /** The fingerprint of {@code value}, or empty when it holds something that cannot be fingerprinted. */
  public Optional<CacheKey> of(Object value) {
    try {
      return Optional.of(digestOf(value));
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  CacheKey digestOf(Object value) throws Unsupported {
    MessageDigest md = CacheKey.newDigest();
    feed(md, value, 0);
    return new CacheKey(java.util.HexFormat.of().formatHex(md.digest()));
  }

  private void feed(MessageDigest md, Object v, int depth) throws Unsupported {
    if (depth > MAX_DEPTH) {
      throw new Unsupported("nested deeper than " + MAX_DEPTH);
    }
    if (v == null) {
      md.update((byte) 'N');
    } else if (v instanceof String s) {
      text(md, 'S', s);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      md.update((byte) 'I');
      md.update(ByteBuffer.allocate(8).putLong(((Number) v).longValue()).array());
    } else if (v instanceof Double || v instanceof Float) {
      md.update((byte) 'D');
      md.update(ByteBuffer.allocate(8).putLong(Double.doubleToLongBits(((Number) v).doubleValue())).array());
    } else if (v instanceof Boolean b) {
      md.update((byte) (b ? 'T' : 'F'));
    } else if (v instanceof Character c) {
      text(md, 'C', c.toString());
    } else if (v instanceof Enum<?> e) {
      text(md, 'E', e.getDeclaringClass().getName() + "." + e.name());
    } else if (v instanceof Record) {
      record(md, v, depth);
    } else if (v instanceof List<?> list) {
      sequence(md, 'L', list, depth);
    } else if (v instanceof Collection<?> set) {
      unordered(md, 'Q', set, isOrdered(set), depth);
    } else if (v instanceof Map<?, ?> map) {
      map(md, map, depth);
    } else if (v instanceof Optional<?> o) {
      md.update((byte) 'O');
      feed(md, o.orElse(null), depth + 1);
    } else if (isValueType(v)) {
      text(md, 'V', v.getClass().getName() + ":" + v);
    } else if (v.getClass().isArray()) {
      array(md, v, depth);
    } else {
      throw new Unsupported(v.getClass().getName());
    }
  }

  private void record(MessageDigest md, Object v, int depth) throws Unsupported {
    Method[] methods = accessors.get(v.getClass());
    text(md, 'R', v.getClass().getName());
    for (Method m : methods) {
      try {
        feed(md, m.invoke(v), depth + 1);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new Unsupported(v.getClass().getName() + "." + m.getName() + ": " + e);
      }
    }
  }

  private void sequence(MessageDigest md, char tag, Collection<?> items, int depth) throws Unsupported {
    md.update((byte) tag);
    md.update(ByteBuffer.allocate(4).putInt(items.size()).array());
    for (Object item : items) {
      feed(md, item, depth + 1);
    }
  }

  /** Ordered collections hash in order; unordered ones hash their elements' digests sorted. */
  private void unordered(MessageDigest md, char tag, Collection<?> items, boolean ordered, int depth)
      throws Unsupported {
    if (ordered) {
      sequence(md, tag, items, depth);
      return;
    }
    List<String> digests = new ArrayList<>(items.size());
    for (Object item : items) {
      digests.add(digestOfNested(item, depth).hex());
    }
    digests.sort(null);
    md.update((byte) Character.toLowerCase(tag));
    md.update(ByteBuffer.allocate(4).putInt(digests.size()).array());
    for (String d : digests) {
      md.update(d.getBytes(StandardCharsets.US_ASCII));
    }
  }

  private void map(MessageDigest md, Map<?, ?> map, int depth) throws Unsupported {
    List<Object> entries = new ArrayList<>(map.size());
    for (Map.Entry<?, ?> e : map.entrySet()) {
      entries.add(entryOf(e));
    }
    unordered(md, 'M', entries, isOrdered(map), depth);
  }

  /** A map entry as a two-element list, so it hashes like any other value (null keys or values allowed). */
  private static List<Object> entryOf(Map.Entry<?, ?> e) {
    return Arrays.asList(e.getKey(), e.getValue());
  }

  private CacheKey digestOfNested(Object item, int depth) throws Unsupported {
    MessageDigest inner = CacheKey.newDigest();
    feed(inner, item, depth + 1);
    return new CacheKey(java.util.HexFormat.of().formatHex(inner.digest()));
  }

  private void array(MessageDigest md, Object array, int depth) throws Unsupported {
    if (array instanceof byte[] bytes) {
      md.update((byte) 'A');
      md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      md.update(bytes);
      return;
    }
    int length = Array.getLength(array);
    md.update((byte) 'Y');
    md.update(ByteBuffer.allocate(4).putInt(length).array());
    for (int i = 0; i < length; i++) {
      feed(md, Array.get(array, i), depth + 1);
    }
  }

  private static void text(MessageDigest md, char tag, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    md.update((byte) tag);
    md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    md.update(bytes);
  }

  /**
   * True when iteration order is part of the value: sorted and insertion-ordered collections. Hash-based
   * and immutable ({@code Set.of}, {@code Map.copyOf}) ones are unordered; an unknown wrapper (such as an
   * unmodifiable view) counts as ordered, which can only cost a cache miss, never a wrong hit.
   */
  private static boolean isOrdered(Object collection) {
    if (collection instanceof SortedSet<?> || collection instanceof SortedMap<?, ?>
        || collection instanceof LinkedHashSet<?> || collection instanceof LinkedHashMap<?, ?>) {
      return true;
    }
    String name = collection.getClass().getName();
    boolean hashed = name.equals("java.util.HashSet") || name.equals("java.util.HashMap")
        || name.equals("java.util.concurrent.ConcurrentHashMap")
        || name.startsWith("java.util.ImmutableCollections$Set") || name.startsWith("java.util.ImmutableCollections$Map");
    return !hashed;
  }

  /** JDK value types whose {@code toString()} is their whole value. */
  private static boolean isValueType(Object v) {
    return v instanceof Path || v instanceof URI || v instanceof TemporalAccessor || v instanceof Duration
        || v instanceof Period || v instanceof BigDecimal || v instanceof BigInteger || v instanceof UUID;
  }
}
