/**
 * The offline search index: folding shared with the actor matcher, article-level postings sharded by
 * term prefix into script files, and each article's sentences for showing and highlighting hits.
 */
package org.malaf.explore.search;
