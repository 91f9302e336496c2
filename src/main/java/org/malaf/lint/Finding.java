package org.malaf.lint;

/** One breach of a rule at a UTF-16 offset of the checked file's text. */
record Finding(LintRule rule, int offset, String what) {
}
