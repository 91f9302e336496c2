/** The actors' co-mention graph and its deterministic force-directed layout, written as inline SVG. */
package org.malaf.explore.network;
