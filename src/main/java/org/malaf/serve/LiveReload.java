package org.malaf.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live-reload channel: every open tab holds a Server-Sent Events stream and hears {@code reload}
 * (the site changed), {@code problems} (the last build failed: show the overlay) and {@code ok} (clear it).
 * A tab that connects while the build is broken gets the problems at once. Event data is JSON on one line,
 * which the injected script puts into the page as text, never as HTML.
 */
final class LiveReload implements HttpHandler, AutoCloseable {

  /** One problem as the overlay shows it. */
  record ProblemView(String where, String severity, String what, String fix) {
  }

  private record Problems(List<ProblemView> problems) {
  }

  /** The paths that changed (the first {@link #LISTED} of them) and how many there were. */
  private record Reload(List<String> changed, int total) {
  }

  private static final int LISTED = 50;

  /** Sent to a client's queue to end its stream (every real message is a non-empty event). */
  private static final String CLOSE = "";
  private static final long HEARTBEAT_SECONDS = 15;

  private final ObjectMapper json = new ObjectMapper();
  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
  private volatile String brokenBuild;
  private volatile boolean closed;

  /** Tells every tab the site changed ({@code changed}: the site paths rewritten or removed). */
  void reload(Collection<String> changed) {
    List<String> paths = List.copyOf(changed);
    broadcast(event("reload", new Reload(paths.subList(0, Math.min(LISTED, paths.size())), paths.size())));
  }

  /** Tells every tab (and each tab that connects later) that the build failed with {@code problems}. */
  void problems(List<ProblemView> problems) {
    String message = event("problems", new Problems(List.copyOf(problems)));
    brokenBuild = message;
    broadcast(message);
  }

  /** Tells every tab the build works again. */
  void ok() {
    if (brokenBuild != null) {
      brokenBuild = null;
      broadcast(event("ok", new Problems(List.of())));
    }
  }

  /** How many tabs are listening (for tests and the startup line). */
  int listeners() {
    return clients.size();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!"GET".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(405, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    try (OutputStream out = exchange.getResponseBody()) {
      // Reconnect quickly after the server restarts; then catch the tab up on a broken build.
      write(out, "retry: 1000\n\n");
      String broken = brokenBuild;
      if (broken != null) {
        write(out, broken);
      }
      clients.add(queue);
      while (!closed) {
        String message = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        if (message == null) {
          write(out, ": keep-alive\n\n"); // also how a closed tab is noticed: the write fails
        } else if (message.equals(CLOSE)) {
          break;
        } else {
          write(out, message);
        }
      }
    } catch (IOException e) {
      // the tab went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.remove(queue);
      exchange.close();
    }
  }

  @Override
  public void close() {
    closed = true;
    for (BlockingQueue<String> queue : clients) {
      queue.offer(CLOSE);
    }
  }

  private void broadcast(String message) {
    for (BlockingQueue<String> queue : clients) {
      queue.offer(message);
    }
  }

  private String event(String name, Object data) {
    try {
      // Jackson escapes line breaks inside strings, so the data is one SSE line.
      return "event: " + name + "\ndata: " + json.writeValueAsString(data) + "\n\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event " + name + " could not be written", e);
    }
  }

  private static void write(OutputStream out, String message) throws IOException {
    out.write(message.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
