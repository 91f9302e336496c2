/**
 * Cache: stage results (cleaned and annotated articles) and rendered pages, named by a SHA-256 of
 * everything that determines them — the inputs' values, the template set and malaf's own code — so a
 * rebuild redoes only the work whose inputs changed. Entries live in memory for {@code serve} and on disk
 * under {@code .malaf-cache/} for {@code build}; every entry read from disk is verified, and a damaged or
 * foreign one is ignored and rebuilt, never trusted. The cache only ever saves work: with it or without it,
 * a build writes the same bytes.
 */
package org.malaf.cache;
