package org.malaf.cli;

/** The exit codes of every command. */
public final class ExitCodes {

  /** Everything went well (warnings may have been printed). */
  public static final int OK = 0;
  /** The input has errors; each was printed as one line. */
  public static final int INPUT_ERROR = 1;
  /** The command line was wrong (unknown option, missing argument). */
  public static final int USAGE = 2;
  /** An internal error: a bug in malaf, reported without a stack trace unless MALAF_DEBUG is set. */
  public static final int INTERNAL = 3;

  private ExitCodes() {
  }
}
