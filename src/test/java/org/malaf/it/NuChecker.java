package org.malaf.it;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (vnu, the W3C validator's engine) as a library, set up once and reused for every file.
 *
 * <p>Why not {@link EmbeddedValidator}: it builds a new {@link SimpleDocumentValidator} and recompiles the HTML
 * schema on every {@code validate} call, about 0.4 s per page — 37 s for the 90 pages of the seeds. This class does
 * what EmbeddedValidator does (same schema, same checkers, language detection on) but only once, then checks a
 * page in about 10 ms. Not thread-safe: one thread, one file at a time.
 */
final class NuChecker {

  enum Severity { ERROR, WARNING }

  /** One message from the checker; {@code line:column} are 1-based, or -1 when vnu gives none. */
  record Message(Severity severity, int line, int column, String text) {
    @Override
    public String toString() {
      return line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + text;
    }
  }

  private final SimpleDocumentValidator validator;
  private final List<Message> messages = new ArrayList<>();

  NuChecker() throws Exception {
    // vnu logs through log4j 1.2 (only vnu uses it here): give it a sink, or log4j complains on stderr, and don't
    // let vnu install its own configuration (root logger at DEBUG on the console). URL logging: off. Language
    // detection: on, because its "this document appears to be written in …" warnings catch a wrong lang or dir.
    org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
    validator = new SimpleDocumentValidator(false, false, true);
    validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new SystemErrErrorHandler());
    validator.setUpValidatorAndParsers(new Collector(), false, false);
  }

  /** Checks an HTML file, read as UTF-8. */
  List<Message> checkHtml(Path file) throws IOException, SAXException {
    messages.clear();
    validator.checkHtmlFile(file.toFile(), true);
    return List.copyOf(messages);
  }

  /** Checks HTML given as a string (for the checker's own self-test). */
  List<Message> checkHtml(String html) throws IOException, SAXException {
    messages.clear();
    validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
    return List.copyOf(messages);
  }

  /** Checks a stylesheet with vnu's CSS checker. */
  List<Message> checkCss(Path file) throws IOException, SAXException {
    messages.clear();
    validator.checkCssFile(file.toFile(), true);
    return List.copyOf(messages);
  }

  static List<Message> errors(List<Message> messages) {
    return messages.stream().filter(m -> m.severity() == Severity.ERROR).toList();
  }

  static List<Message> warnings(List<Message> messages) {
    return messages.stream().filter(m -> m.severity() == Severity.WARNING).toList();
  }

  /** vnu reports through SAX: warnings (including its "info" warnings) as warning, the rest as error or fatal. */
  private final class Collector implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      add(Severity.WARNING, e);
    }

    @Override
    public void error(SAXParseException e) {
      add(Severity.ERROR, e);
    }

    @Override
    public void fatalError(SAXParseException e) {
      add(Severity.ERROR, e);
    }

    private void add(Severity severity, SAXParseException e) {
      messages.add(new Message(severity, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    }
  }
}
