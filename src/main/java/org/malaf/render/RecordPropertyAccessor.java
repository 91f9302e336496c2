package org.malaf.render;

import java.lang.invoke.MethodHandle;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;

/**
 * Lets OGNL expressions read record components ({@code #lists.isEmpty(page.notes)}) through method handles
 * cached per class. OGNL's own lookup finds a record's accessor by scanning all of the class's methods and
 * comparing lower-cased names on every read, which was half the time of rendering a page. Anything that
 * is not a component (a method call, a bean getter) goes to OGNL's usual accessor, with its checks.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

  private final RecordComponents components;

  RecordPropertyAccessor(RecordComponents components) {
    this.components = components;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Object getPossibleProperty(Map context, Object target, String name) throws OgnlException {
    MethodHandle accessor = components.accessor(target, name);
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
