/** The summaries shown in popover previews of actor and article links, written as bucketed script files. */
package org.malaf.explore.preview;
