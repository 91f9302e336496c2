package org.malaf.clean;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;

/**
 * Folds Arabic presentation forms to letters. Unshaping comes first and NFKC is applied to presentation
 * forms only, because plain NFKC turns an isolated shadda form into space + shadda (DEPENDENCIES.md, finding 3).
 */
final class UnicodeStep implements CleanStep {

  private static final UnicodeSet FORMS = new UnicodeSet("[\\uFB50-\\uFDFF\\uFE70-\\uFEFE]").freeze();

  private final Normalizer2 formsOnly = new FilteredNormalizer2(Normalizer2.getNFKCInstance(), FORMS);

  /** {@code FORMS.containsSome(text)}: a plain scan, as FORMS is two ranges of the BMP (no surrogate is in it). */
  static boolean hasForms(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0xFB50 && (c <= 0xFDFF || (c >= 0xFE70 && c <= 0xFEFE))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String name() {
    return "unicode";
  }

  @Override
  public void apply(Draft d) {
    for (Line line : d.lines) {
      if (!hasForms(line.text)) {
        continue;
      }
      String before = line.text;
      String after;
      try {
        // ArabicShaping keeps no state between calls, but is cheap to make: one per line keeps it obviously safe.
        after = new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.LAMALEF_RESIZE).shape(before);
      } catch (ArabicShapingException e) {
        after = before;
      }
      after = formsOnly.normalize(after);
      if (!after.equals(before)) {
        line.text = after;
        d.repair(RepairKind.UNICODE, line.number, 1, before.strip(), after.strip(), 1.0);
      }
    }
  }
}
