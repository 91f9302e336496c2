package org.malaf.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A numbered source of an article: the URL read for display ({@link SourceUrl}) and the blocks whose end
 * carries its marker, in text order, one back-reference each.
 *
 * <h2>Numerals and labels on Arabic pages</h2>
 * Source markers are Latin digits in square brackets, superscript, at the end of the citing paragraph:
 * {@code [1] [2]}, as on Arabic Wikipedia. The digits are the same ones the URLs and dates of the sources
 * use, they read the same in every font, and they don't change with the dossier's digit style. Sources are
 * numbered in the order they are first cited, so the numbers read in order down the page; a URL cited
 * again keeps its first number. In the list of sources each entry starts with its number, then a label —
 * the publisher's own name when the domain is well known ({@code الجزيرة نت}, {@code RT عربي},
 * {@code Bloomberg}), else the bare domain ({@code timesofmiddleeast.com}) — then the link, shown decoded
 * from percent escapes so Arabic is readable, ending with «…» when the URL was cut off. Back-references
 * go from the note to its markers: one arrow {@code ↑} when the source is cited once; {@code ↑} followed
 * by one letter per marker when it is cited more than once, with Arabic letters in abjad order
 * ({@code أ ب ج د هـ و ز ح ط ي …}, the Arabic convention for lettered items, as Latin uses a b c), and
 * Latin digits after the 28th. Editor notes ({@link Note}) are a separate sequence with the same digits,
 * named in the marker: {@code [ملاحظة 1]}.
 *
 * <p>Ids: a note is {@code cite-note-N}; its K-th marker (1-based, text order) is {@code cite-ref-N-K}.
 */
public record Footnote(int number, SourceUrl source, List<Integer> citingBlocks) {

  /** Back-reference labels in abjad order (أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ). */
  private static final List<String> ABJAD = List.of("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل",
      "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ");

  /** One back-reference: the cited block, the id of the marker there and its label (أ, ب, …). */
  public record Backref(int block, String markerId, String label) {
  }

  /** A marker to print at the end of a block: its number, its id, the note it links to and its text. */
  public record Marker(int number, String id, String href, String text) {
  }

  public Footnote {
    Objects.requireNonNull(source, "source");
    citingBlocks = List.copyOf(citingBlocks);
    if (number < 1) {
      throw new IllegalArgumentException("footnotes are numbered from 1");
    }
  }

  /** The URL as the author gave it, byte for byte. */
  public String url() {
    return source.raw();
  }

  /** The publisher's name or the domain. */
  public String label() {
    return source.label();
  }

  /** The URL decoded for reading; ends with «…» when truncated. */
  public String readableUrl() {
    return source.readable();
  }

  /** True when the URL was cut off (e.g. mid-escape). */
  public boolean truncated() {
    return source.truncated();
  }

  /** The URL for the note's link ({@link SourceUrl#href()}); empty when it is not an http(s) URL. */
  public String href() {
    return source.href();
  }

  /** The id of this source's entry in the notes list: {@code cite-note-N}. */
  public String noteId() {
    return "cite-note-" + number;
  }

  /** The id of the K-th marker (1-based, in text order): {@code cite-ref-N-K}. */
  public String markerId(int k) {
    return "cite-ref-" + number + "-" + k;
  }

  /** The marker's visible text: {@code [N]}. */
  public String markerText() {
    return "[" + number + "]";
  }

  /** Every back-reference, in text order, labelled أ ب ج … (show the labels only when there are 2+). */
  public List<Backref> backrefs() {
    List<Backref> out = new ArrayList<>(citingBlocks.size());
    for (int k = 1; k <= citingBlocks.size(); k++) {
      out.add(new Backref(citingBlocks.get(k - 1), markerId(k), backrefLabel(k)));
    }
    return out;
  }

  /** The markers to print at the end of {@code block}, in number order. */
  public static List<Marker> markersAt(List<Footnote> footnotes, int block) {
    List<Marker> out = new ArrayList<>();
    for (Footnote f : footnotes) {
      int k = f.citingBlocks.indexOf(block);
      if (k >= 0) {
        out.add(new Marker(f.number, f.markerId(k + 1), "#" + f.noteId(), f.markerText()));
      }
    }
    out.sort((a, b) -> Integer.compare(a.number(), b.number()));
    return out;
  }

  /** The K-th back-reference label (1-based): abjad letters, then Latin digits past the 28th. */
  static String backrefLabel(int k) {
    return k <= ABJAD.size() ? ABJAD.get(k - 1) : Integer.toString(k);
  }
}
