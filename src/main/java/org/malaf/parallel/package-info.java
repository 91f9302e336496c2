/**
 * Running one function over many items on all cores, with results in the items' order. Every stage that
 * works across articles or pages goes through here rather than through parallel streams (see {@link Parallel}).
 */
package org.malaf.parallel;
