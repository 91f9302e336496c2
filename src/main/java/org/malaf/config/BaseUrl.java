package org.malaf.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;

/**
 * The address a site is published under ({@code baseUrl:} in dossier.yaml or {@code --base-url}): an
 * absolute http(s) URL without query or fragment, always ending in '/'.
 */
public final class BaseUrl {

  private BaseUrl() {
  }

  /** {@code raw} normalised, or "" (with an error at {@code at}) when it is not a usable base URL; "" stays "". */
  public static String check(String raw, SourcePosition at, Problems problems) {
    String url = raw == null ? "" : raw.strip();
    if (url.isEmpty()) {
      return "";
    }
    String why = invalidBecause(url);
    if (why != null) {
      problems.error(at, "the base URL '" + url + "' " + why,
          "give the address the site is published at, e.g. https://example.org/dossier/");
      return "";
    }
    return url.endsWith("/") ? url : url + "/";
  }

  /** The {@code --base-url} flag when given (checked), otherwise the dossier's already checked base URL. */
  public static String choose(String flag, DossierConfig config, Problems problems) {
    if (flag == null || flag.isBlank()) {
      return config.baseUrl();
    }
    return check(flag, SourcePosition.of(Path.of("--base-url")), problems);
  }

  private static String invalidBecause(String raw) {
    URI uri;
    try {
      uri = new URI(raw);
    } catch (URISyntaxException e) {
      return "is not a URL (" + e.getReason() + ")";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "does not start with http:// or https://";
    }
    if (uri.getHost() == null) {
      return "has no host name (write an Arabic domain in its xn-- form)";
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return "has a query or fragment (?…, #…)";
    }
    return null;
  }
}
