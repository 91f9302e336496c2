package org.malaf.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SitePathTest {

  @Test
  void linksBetweenSiblingFoldersGoUpOnce() {
    assertThat(SitePath.of("actors/haftar.html").relativeTo(SitePath.of("articles/visit.html")))
        .isEqualTo("../actors/haftar.html");
  }

  @Test
  void linksInTheSameFolderAreBareFileNames() {
    assertThat(SitePath.of("actors/haftar.html").relativeTo(SitePath.of("actors/index.html"))).isEqualTo("haftar.html");
  }

  @Test
  void linksFromTheRootGoDown() {
    assertThat(SitePath.of("static/css/malaf.css").relativeTo(SitePath.of("index.html"))).isEqualTo("static/css/malaf.css");
    assertThat(SitePath.of("index.html").relativeTo(SitePath.of("articles/a.html"))).isEqualTo("../index.html");
  }

  @Test
  void refusesPathsThatCouldLeaveTheSite() {
    assertThatThrownBy(() -> SitePath.of("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SitePath.of("/abs.html")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SitePath.of("actors/حفتر.html")).isInstanceOf(IllegalArgumentException.class);
    for (String bad : new String[] {"", "a//b.html", "articles/", ".hidden", "a/../b", "a b.html", "a\\b"}) {
      assertThatThrownBy(() -> SitePath.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(SitePath.of("static/fonts/noto-naskh_arabic.v2.woff2").value()).endsWith(".woff2");
  }
}
