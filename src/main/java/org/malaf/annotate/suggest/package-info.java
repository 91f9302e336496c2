/**
 * Suggests names for the actor registry: cleaned articles + the compiled {@link org.malaf.annotate.ActorMatcher}
 * → {@link org.malaf.annotate.suggest.Suggestion}s (names no alias covers, with counts and a sample sentence),
 * for {@code malaf actors suggest}.
 */
package org.malaf.annotate.suggest;
