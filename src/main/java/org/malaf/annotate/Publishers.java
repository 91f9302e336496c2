package org.malaf.annotate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Readable publisher names for well-known source domains, looked up by host and then by each parent
 * domain ({@code en.qantara.de} → {@code qantara.de}); immutable.
 */
public final class Publishers {

  /**
   * The built-in table: the name each outlet uses for itself on its Arabic pages where it has them, else
   * its own Latin name. A more specific host wins ({@code arabic.rt.com} before {@code rt.com}).
   */
  private static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("aljazeera.net", "الجزيرة نت"),
      Map.entry("aljazeera.com", "Al Jazeera"),
      Map.entry("arabic.rt.com", "RT عربي"),
      Map.entry("rt.com", "RT"),
      Map.entry("arabic.sputniknews.com", "سبوتنيك عربي"),
      Map.entry("sputniknews.com", "Sputnik"),
      Map.entry("bloomberg.com", "Bloomberg"),
      Map.entry("noonpost.com", "نون بوست"),
      Map.entry("qantara.de", "Qantara.de"),
      Map.entry("alarabiya.net", "العربية"),
      Map.entry("skynewsarabia.com", "سكاي نيوز عربية"),
      Map.entry("aawsat.com", "الشرق الأوسط"),
      Map.entry("alaraby.co.uk", "العربي الجديد"),
      Map.entry("independentarabia.com", "إندبندنت عربية"),
      Map.entry("alwasat.ly", "بوابة الوسط"),
      Map.entry("aa.com.tr", "الأناضول"),
      Map.entry("un.org", "الأمم المتحدة"),
      Map.entry("bbc.com", "BBC"),
      Map.entry("bbc.co.uk", "BBC"),
      Map.entry("reuters.com", "Reuters"),
      Map.entry("apnews.com", "Associated Press"),
      Map.entry("france24.com", "France 24"),
      Map.entry("dw.com", "DW"),
      Map.entry("theguardian.com", "The Guardian"),
      Map.entry("nytimes.com", "The New York Times"),
      Map.entry("washingtonpost.com", "The Washington Post"),
      Map.entry("libyaherald.com", "Libya Herald"),
      Map.entry("libyaobserver.ly", "The Libya Observer"),
      Map.entry("crisisgroup.org", "International Crisis Group"),
      Map.entry("ecfr.eu", "ECFR"));

  private static final Publishers DEFAULTS = new Publishers(KNOWN);

  private final Map<String, String> byDomain;

  /** A table of lower-case domain → name (a dossier may bring its own). */
  public Publishers(Map<String, String> byDomain) {
    Map<String, String> lower = new HashMap<>();
    byDomain.forEach((domain, name) -> lower.put(domain.toLowerCase(Locale.ROOT), name));
    this.byDomain = Map.copyOf(lower);
  }

  /** The built-in table. */
  public static Publishers defaults() {
    return DEFAULTS;
  }

  /** This table with {@code extra} entries added; on the same domain {@code extra} wins. */
  public Publishers with(Map<String, String> extra) {
    Map<String, String> merged = new HashMap<>(byDomain);
    extra.forEach((domain, name) -> merged.put(domain.toLowerCase(Locale.ROOT), name));
    return new Publishers(merged);
  }

  /** The publisher's name for {@code host} or one of its parent domains, if the table knows it. */
  public Optional<String> nameFor(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    while (!h.isEmpty()) {
      String name = byDomain.get(h);
      if (name != null) {
        return Optional.of(name);
      }
      int dot = h.indexOf('.');
      if (dot < 0) {
        break;
      }
      h = h.substring(dot + 1);
    }
    return Optional.empty();
  }
}
