package org.malaf.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;

/**
 * Lets template expressions read record components ({@code page.title}) through method handles cached
 * per class. OGNL's own lookup finds a record's accessor by scanning all of the class's methods and
 * comparing lower-cased names on every read, which was half the time of rendering a page. Anything that
 * is not a component (a method call, a bean getter) goes to OGNL's usual accessor, with its checks.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

  private final ClassValue<Map<String, MethodHandle>> components = new ClassValue<>() {
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

  @Override
  @SuppressWarnings("rawtypes")
  public Object getPossibleProperty(Map context, Object target, String name) throws OgnlException {
    MethodHandle accessor = components.get(target.getClass()).get(name);
    if (accessor == null) {
      return super.getPossibleProperty(context, target, name);
    }
    try {
      return accessor.invoke(target);
    } catch (Throwable e) {
      throw new OgnlException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
    }
  }
}
