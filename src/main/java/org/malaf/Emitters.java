package org.malaf;

import java.util.List;
import org.malaf.render.CorePages;
import org.malaf.render.DossierData;
import org.malaf.render.PageEmitter;
import org.malaf.render.markdown.MarkdownRenderer;

/** The list of page emitters a build runs, in one place, so adding an output is one line here. */
final class Emitters {

  private Emitters() {
  }

  static List<PageEmitter> all(MarkdownRenderer markdown) {
    return List.of(new CorePages(markdown), new DossierData(), new org.malaf.render.FeedPages(),
        new org.malaf.explore.ExplorePages());
  }
}
