package org.malaf.explore.network;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.malaf.ingest.ActorId;

/**
 * Draws a laid-out {@link Network} as inline SVG: edges as lines whose width grows with the number of
 * shared paragraphs, actors as circles sized by mentions and coloured by kind (CSS classes
 * {@code kind--person} …), each wrapped in a link to the actor's page, with its Arabic name below. Label
 * boxes are pushed apart after layout so names do not print over each other. Coordinates are rounded to
 * one decimal, so the output is byte-identical for the same input. Without a width or height the SVG
 * scales to its container through its {@code viewBox}.
 */
public final class NetworkSvg {

  /** Width of the drawing in SVG units; the height follows the layout. */
  static final double WIDTH = 640;

  /**
   * A drawing's class suffix ({@code network--full}) and label size in SVG units. The page carries a full
   * drawing for wide screens and a compact one (fewer actors, labels twice the size) that CSS shows on phones,
   * where the full one would print names a few pixels high.
   */
  public record Style(String name, double fontSize) {
    public static final Style FULL = new Style("full", 15);
    public static final Style COMPACT = new Style("compact", 28);
  }
  private static final double MARGIN = 12;
  private static final int LABEL_PASSES = 120;
  /** Average advance of an Arabic letter in Naskh, in ems: enough to keep labels apart, not a measurement. */
  private static final double EM_PER_CHAR = 0.5;

  private NetworkSvg() {
  }

  /**
   * The {@code <svg>} element. {@code href} gives each actor's link relative to the page; {@code labelledBy}
   * is the id of the caption that names the figure.
   */
  public static String render(Network network, double[][] layout, Function<ActorId, String> href, String labelledBy) {
    return render(network, layout, href, labelledBy, Style.FULL);
  }

  /** The {@code <svg>} element drawn in {@code style}. */
  public static String render(Network network, double[][] layout, Function<ActorId, String> href, String labelledBy,
      Style style) {
    double fontSize = style.fontSize();
    double zoom = fontSize / Style.FULL.fontSize();
    List<Network.Node> nodes = network.nodes();
    int n = nodes.size();
    double[][] p = fit(layout, n);
    double[] radius = new double[n];
    double[] labelWidth = new double[n];
    for (int i = 0; i < n; i++) {
      radius[i] = zoom * (4 + 10 * StrictMath.sqrt((double) nodes.get(i).mentions() / network.maxMentions()));
      labelWidth[i] = nodes.get(i).name().codePointCount(0, nodes.get(i).name().length()) * fontSize * EM_PER_CHAR + 6;
    }
    separateLabels(p, radius, labelWidth, fontSize);
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      minX = Math.min(minX, Math.min(p[i][0] - radius[i], p[i][0] - labelWidth[i] / 2));
      maxX = Math.max(maxX, Math.max(p[i][0] + radius[i], p[i][0] + labelWidth[i] / 2));
      minY = Math.min(minY, p[i][1] - radius[i]);
      maxY = Math.max(maxY, p[i][1] + radius[i] + fontSize * 1.6);
    }
    if (n == 0) {
      minX = minY = 0;
      maxX = WIDTH;
      maxY = fontSize;
    }
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg class=\"network network--").append(style.name()).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
        .append(num(minX - MARGIN)).append(' ').append(num(minY - MARGIN)).append(' ')
        .append(num(maxX - minX + 2 * MARGIN)).append(' ').append(num(maxY - minY + 2 * MARGIN))
        .append("\" aria-labelledby=\"").append(escape(labelledBy)).append("\">\n<g class=\"network__edges\">\n");
    double logMax = StrictMath.log1p(network.maxWeight());
    List<Network.Edge> edges = network.edges().stream()
        .sorted(Comparator.comparingInt(Network.Edge::weight).thenComparingInt(Network.Edge::a)
            .thenComparingInt(Network.Edge::b))
        .toList(); // heaviest drawn last, on top
    for (Network.Edge e : edges) {
      svg.append("<line x1=\"").append(num(p[e.a()][0])).append("\" y1=\"").append(num(p[e.a()][1]))
          .append("\" x2=\"").append(num(p[e.b()][0])).append("\" y2=\"").append(num(p[e.b()][1]))
          .append("\" stroke-width=\"").append(num(zoom * (0.8 + 4.2 * StrictMath.log1p(e.weight()) / logMax)))
          .append("\" stroke-opacity=\"").append(num(0.25 + 0.65 * StrictMath.log1p(e.weight()) / logMax))
          .append("\"><title>").append(escape(nodes.get(e.a()).name())).append(" — ")
          .append(escape(nodes.get(e.b()).name())).append(": ").append(e.weight()).append(" فقرات مشتركة</title></line>\n");
    }
    svg.append("</g>\n<g class=\"network__nodes\">\n");
    for (int i = 0; i < n; i++) {
      Network.Node node = nodes.get(i);
      svg.append("<a href=\"").append(escape(href.apply(node.id()))).append("\" class=\"network__node kind--")
          .append(node.kind().key()).append("\" data-actor=\"").append(escape(node.id().value())).append("\">")
          .append("<circle cx=\"").append(num(p[i][0])).append("\" cy=\"").append(num(p[i][1]))
          .append("\" r=\"").append(num(radius[i])).append("\"/>")
          .append("<text x=\"").append(num(p[i][0])).append("\" y=\"").append(num(p[i][1] + radius[i] + fontSize))
          .append("\" text-anchor=\"middle\" direction=\"rtl\" font-size=\"").append(num(fontSize)).append("\">")
          .append(escape(node.name())).append("</text></a>\n");
    }
    svg.append("</g>\n</svg>");
    return svg.toString();
  }

  /** Scales the layout to {@link #WIDTH}, keeping its proportions. */
  private static double[][] fit(double[][] layout, int n) {
    double minX = IntStream.range(0, n).mapToDouble(i -> layout[i][0]).min().orElse(0);
    double maxX = IntStream.range(0, n).mapToDouble(i -> layout[i][0]).max().orElse(0);
    double minY = IntStream.range(0, n).mapToDouble(i -> layout[i][1]).min().orElse(0);
    double maxY = IntStream.range(0, n).mapToDouble(i -> layout[i][1]).max().orElse(0);
    double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
    double scale = (WIDTH - 160) / span;
    double[][] p = new double[n][2];
    for (int i = 0; i < n; i++) {
      p[i][0] = (layout[i][0] - minX) * scale + 80;
      p[i][1] = (layout[i][1] - minY) * scale;
    }
    return p;
  }

  /** Pushes apart nodes whose name boxes (circle plus label below it) overlap, a fixed number of passes. */
  private static void separateLabels(double[][] p, double[] radius, double[] labelWidth, double fontSize) {
    int n = p.length;
    for (int pass = 0; pass < LABEL_PASSES; pass++) {
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double w = (Math.max(labelWidth[i], 2 * radius[i]) + Math.max(labelWidth[j], 2 * radius[j])) / 2;
          double h = (radius[i] + radius[j]) + fontSize * 1.4;
          double dx = p[j][0] - p[i][0];
          double dy = p[j][1] - p[i][1];
          double overlapX = w - Math.abs(dx);
          double overlapY = h - Math.abs(dy);
          if (overlapX <= 0 || overlapY <= 0) {
            continue;
          }
          moved = true;
          // Move along the axis that needs less, half each; ties go by index so the result is fixed.
          if (overlapY < overlapX) {
            double s = (dy > 0 || dy == 0 && j > i ? 1 : -1) * (overlapY / 2 + 0.5);
            p[i][1] -= s;
            p[j][1] += s;
          } else {
            double s = (dx > 0 || dx == 0 && j > i ? 1 : -1) * (overlapX / 2 + 0.5);
            p[i][0] -= s;
            p[j][0] += s;
          }
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  /** A coordinate rounded to one decimal, without a locale and without "-0". */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    if (tenths == 0) {
      return "0";
    }
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
