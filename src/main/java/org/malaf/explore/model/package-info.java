/** The records the explore templates ({@code search.html}, {@code timeline.html}, {@code network.html}) receive as {@code page}. */
package org.malaf.explore.model;
