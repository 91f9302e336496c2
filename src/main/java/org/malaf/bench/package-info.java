/**
 * Bench: a deterministic synthetic dossier with the seeds' extraction damage ({@link org.malaf.bench.SyntheticDossier}),
 * the runner that builds it with the real pipeline and measures stage times, heap and a one-article rebuild
 * ({@link org.malaf.bench.BenchRunner}), and the Markdown export that lets Hugo build the same cleaned articles
 * ({@link org.malaf.bench.MarkdownExporter}). Used by {@code malaf bench} and the JMH benchmarks; no stage depends on it.
 */
package org.malaf.bench;
