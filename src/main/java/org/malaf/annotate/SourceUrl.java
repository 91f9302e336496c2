package org.malaf.annotate;

import java.net.IDN;
import java.util.Locale;
import java.util.Objects;

/**
 * A source URL as the author gave it ({@code raw}, byte for byte) with what a reader needs: its host
 * (lower case, without {@code www.}, IDN shown in Unicode), a label (the publisher's name when the
 * domain is well known, else that host), the URL decoded from percent escapes so Arabic is readable,
 * and whether it was cut off (the readable form then ends with «…»).
 */
public record SourceUrl(String raw, String host, String label, String readable, boolean truncated) {

  public SourceUrl {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(readable, "readable");
  }

  /** Reads {@code raw} leniently (never throws), naming publishers from the built-in table. */
  public static SourceUrl parse(String raw) {
    return parse(raw, Publishers.defaults());
  }

  /** Reads {@code raw} leniently (never throws), naming publishers from {@code publishers}. */
  public static SourceUrl parse(String raw, Publishers publishers) {
    UrlDecoding.Decoded decoded = UrlDecoding.decode(raw);
    String host = hostOf(raw);
    String label = host.isEmpty() ? decoded.text() : publishers.nameFor(host).orElse(host);
    return new SourceUrl(raw, host, label, decoded.text(), decoded.truncated());
  }

  /**
   * The URL for an {@code href} attribute: {@code raw} with only what HTML forbids in a URL escaped (a bare
   * '%', spaces, non-ASCII), so a truncated URL still links to where it points and passes the validator.
   * Empty when the URL is not http(s), so a template never links a {@code javascript:} "source".
   */
  public String href() {
    return isWeb() ? UrlDecoding.hrefSafe(raw) : "";
  }

  /** True for an {@code http://} or {@code https://} URL with a host. */
  public boolean isWeb() {
    String lower = raw.toLowerCase(Locale.ROOT);
    return !host.isEmpty() && (lower.startsWith("http://") || lower.startsWith("https://"));
  }

  /** The host of an absolute URL, read by hand because {@link java.net.URI} rejects the damaged ones. */
  static String hostOf(String raw) {
    int scheme = raw.indexOf("://");
    if (scheme <= 0 || !raw.substring(0, scheme).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      return "";
    }
    int start = scheme + 3;
    int end = start;
    while (end < raw.length() && "/?#".indexOf(raw.charAt(end)) < 0) {
      end++;
    }
    String authority = raw.substring(start, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && colon > authority.lastIndexOf(']')) {
      authority = authority.substring(0, colon);
    }
    String host = authority.toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    return host.contains("xn--") ? IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED) : host;
  }
}
