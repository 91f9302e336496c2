package org.malaf.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the elements a list of selectors would select, during a walk that already visits every element,
 * instead of one more {@code select} over the page. A selector is a compound ({@code .chip}, {@code h1}) or an
 * ancestor compound and a subject compound joined by a space ({@code .card__title a}); jsoup tests each compound.
 * The walk carries, from parent to child, the bit set of the selectors whose ancestor compound an element from
 * the root down has matched. The result is that of {@code root.select(selectors)} in jsoup's default (legacy) query mode.
 */
final class SlotMatcher {

  /** A compound without pseudo-classes or attributes (a tag, classes and ids), which jsoup tests without state. */
  private static final Pattern COMPOUND = Pattern.compile("[\\w-]*(?:[.#][\\w-]+)*");
  /** A compound of classes only: whether it matches depends on the class attribute's value alone. */
  private static final Pattern CLASSES = Pattern.compile("(?:\\.[\\w-]+)+");
  private static final long[] NO_CLASS = {0, 0};

  private final List<Selector> selectors;

  SlotMatcher(List<String> selectors) {
    if (selectors.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most " + Long.SIZE + " selectors");
    }
    this.selectors = selectors.stream().map(Selector::of).toList();
  }

  /** Matching below {@code root}, the element {@code select} would be called on. */
  Page page(Element root) {
    return new Page(root);
  }

  /**
   * The matching on one page. Elements share a few class values (a template's), so the class-only compounds
   * are tested once per value and remembered; most elements have no class at all, which none of them matches.
   */
  final class Page {

    private final Element root;
    /** Per class value: the bits of the selectors whose ancestor compound, then subject compound, it matches. */
    private final Map<String, long[]> byClass = new HashMap<>();

    private Page(Element root) {
      this.root = root;
    }

    /** {@code parentBits} (those of {@code element}'s parent, 0 for the root) plus the selectors whose ancestor compound {@code element} matches. */
    long ancestorBits(Element element, long parentBits) {
      long bits = parentBits | classBits(element)[0];
      for (int i = 0; i < selectors.size(); i++) {
        Compound ancestor = selectors.get(i).ancestor();
        if (ancestor != null && !ancestor.classesOnly() && (bits & 1L << i) == 0 && ancestor.matches(root, element)) {
          bits |= 1L << i;
        }
      }
      return bits;
    }

    /** Whether a selector selects {@code element}, whose parent has {@code parentBits} (0 for the root itself). */
    boolean matches(Element element, long parentBits) {
      long byClasses = classBits(element)[1];
      for (int i = 0; i < selectors.size(); i++) {
        Selector selector = selectors.get(i);
        boolean inContext = selector.ancestor() == null || (parentBits & 1L << i) != 0;
        boolean subject = selector.subject().classesOnly() ? (byClasses & 1L << i) != 0
            : selector.subject().matches(root, element);
        if (inContext && subject) {
          return true;
        }
      }
      return false;
    }

    private long[] classBits(Element element) {
      String classes = element.attr("class");
      if (classes.isEmpty()) {
        return NO_CLASS; // jsoup's class test fails on an element with no class value, whatever the name
      }
      return byClass.computeIfAbsent(classes, value -> {
        long[] bits = new long[2];
        for (int i = 0; i < selectors.size(); i++) {
          Compound ancestor = selectors.get(i).ancestor();
          Compound subject = selectors.get(i).subject();
          if (ancestor != null && ancestor.classesOnly() && ancestor.matches(root, element)) {
            bits[0] |= 1L << i;
          }
          if (subject.classesOnly() && subject.matches(root, element)) {
            bits[1] |= 1L << i;
          }
        }
        return bits;
      });
    }
  }

  /** A selector: the subject compound, with the compound one of its ancestors must match, or null. */
  private record Selector(Compound ancestor, Compound subject) {

    static Selector of(String selector) {
      String[] parts = selector.strip().split("\\s+");
      if (parts.length > 2) {
        throw new IllegalArgumentException("more than one descendant combinator: «" + selector + "»");
      }
      return new Selector(parts.length == 2 ? Compound.of(parts[0], selector) : null,
          Compound.of(parts[parts.length - 1], selector));
    }
  }

  private record Compound(Evaluator evaluator, boolean classesOnly) {

    static Compound of(String compound, String selector) {
      if (compound.isEmpty() || !COMPOUND.matcher(compound).matches()) {
        throw new IllegalArgumentException("not a tag, class or id compound: «" + compound + "» in «" + selector + "»");
      }
      return new Compound(QueryParser.parse(compound), CLASSES.matcher(compound).matches());
    }

    boolean matches(Element root, Element element) {
      return evaluator.matches(root, element);
    }
  }
}
