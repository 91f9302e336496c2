package org.malaf.render;

/** HTML escaping for text and attribute values: user text never becomes markup. */
public final class Html {

  private Html() {
  }

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escapeTo(text, out);
    return out.toString();
  }

  public static void escapeTo(CharSequence text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
