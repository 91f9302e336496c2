package org.malaf.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the output folder as it is on disk. A request can only reach files inside the folder: the path
 * is decoded, normalised and checked to stay under the root (links out of it included), and hidden files
 * are never served. HTML responses get the live-reload script added on the way out, so the files
 * {@code build} writes never contain it.
 */
final class StaticFiles implements HttpHandler {

  /** The tag added before {@code </body>} of every HTML response. */
  static final String SCRIPT_TAG = "<script src=\"" + DevServer.SCRIPT_PATH + "\"></script>";

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
      Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"));

  private final Path root;

  StaticFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath(); // already percent-decoded
      Path file = resolve(path);
      if (file != null && Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          // Pages link relatively, so a folder must be addressed with its final slash.
          exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
          exchange.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      byte[] body;
      try {
        body = file == null || !isInside(file) ? null : Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        body = null;
      }
      if (body == null) {
        send(exchange, 404, "text/html; charset=utf-8", inject(notFound(path)), method);
        return;
      }
      String type = typeOf(file);
      send(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body, method);
    }
  }

  /** The file a request path names, or null when it would leave the folder or names a hidden file. */
  Path resolve(String requestPath) {
    if (requestPath == null || !requestPath.startsWith("/") || requestPath.indexOf('\0') >= 0
        || requestPath.indexOf('\\') >= 0) {
      return null;
    }
    String relative = requestPath.substring(1);
    for (String segment : relative.split("/")) {
      if (segment.startsWith(".")) {
        return null; // "..", the site marker, temporary files
      }
    }
    Path file = root.resolve(relative).normalize();
    return file.startsWith(root) ? file : null;
  }

  /** True when the real file (links followed) is inside the real root. */
  private boolean isInside(Path file) throws IOException {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Adds the live-reload script before the last {@code </body>}, or at the end when there is none. */
  static byte[] inject(byte[] html) {
    String page = new String(html, StandardCharsets.UTF_8);
    int body = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String out = body < 0 ? page + SCRIPT_TAG : page.substring(0, body) + SCRIPT_TAG + page.substring(body);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] notFound(String path) {
    String escaped = path.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    return ("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>404 — malaf serve</title>"
        + "<body><h1>Not found</h1><p><code>" + escaped + "</code> is not in the site (yet). This page reloads"
        + " when the site is rebuilt.</p><p><a href=\"/\">Home</a></p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String typeOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body, String method)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    // Always revalidate: the whole point of serve is that files change under the tab.
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
