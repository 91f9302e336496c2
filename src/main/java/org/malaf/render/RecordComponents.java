package org.malaf.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/** The component accessors of each record class, as method handles looked up once per class. */
final class RecordComponents {

  private final ClassValue<Map<String, MethodHandle>> byClass = new ClassValue<>() {
    @Override
    protected Map<String, MethodHandle> computeValue(Class<?> type) {
      Map<String, MethodHandle> byName = new HashMap<>();
      RecordComponent[] parts = type.getRecordComponents();
      if (parts == null) {
        return byName;
      }
      for (RecordComponent part : parts) {
        try {
          Method accessor = part.getAccessor();
          accessor.setAccessible(true);
          byName.put(part.getName(), MethodHandles.lookup().unreflect(accessor));
        } catch (IllegalAccessException | RuntimeException e) {
          // Not reachable this way (a record of another module): OGNL's usual path still reads it.
        }
      }
      return byName;
    }
  };

  /** The accessor of {@code target}'s component {@code name}, or null when it has none by that name. */
  MethodHandle accessor(Object target, String name) {
    return byClass.get(target.getClass()).get(name);
  }
}
