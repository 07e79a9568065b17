package mllab.data.io;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import mllab.text.Text;

/**
 * A dataset file that cannot be read as a multi-label dataset, with where and why.
 *
 * <p>The message is written for the person who made the file, not for a programmer: it names the
 * file (only its name, never the folder, so it fits in a dialog and leaks nothing), the line and
 * the column when there is one, what was found and what was expected, for example {@code yeast.arff
 * line 118: expected 117 values, found 116}. A short hint on what to do follows where one helps.
 *
 * <p>This is a checked exception on purpose: a bad file is not a bug but an ordinary outcome of
 * opening a file a user picked, and every caller (the import dialog, the command line) must decide
 * how to show it. The compiler makes sure none of them forgets.
 */
public final class DatasetFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final int line;
  private final String column;
  private final String problem;
  private final String hint;
  private final String expected;
  private final String found;
  private final boolean missingValues;

  /**
   * @param fileName the file's name without folders ("yeast-train.arff")
   * @param line the 1-based line, or 0 when the problem is not on one line
   * @param column the column or attribute name, or {@code null}
   * @param problem what was found against what was expected ("expected 117 values, found 116");
   *     without a line and column, a predicate with the file as its subject ("is empty")
   * @param hint what the user can do, or {@code null}
   */
  public DatasetFormatException(
      String fileName, int line, String column, String problem, String hint) {
    this(fileName, line, column, problem, hint, null, null);
  }

  private DatasetFormatException(
      String fileName,
      int line,
      String column,
      String problem,
      String hint,
      String expected,
      String found) {
    this(fileName, line, column, problem, hint, expected, found, false);
  }

  private DatasetFormatException(
      String fileName,
      int line,
      String column,
      String problem,
      String hint,
      String expected,
      String found,
      boolean missingValues) {
    super(compose(fileName, line, column, problem, hint));
    this.missingValues = missingValues;
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.hint = hint;
    this.expected = expected;
    this.found = found;
  }

  /**
   * A value or count that differs from what the format requires; the problem reads "expected {@code
   * expected}, found {@code found}" and both parts stay available to the caller.
   */
  public static DatasetFormatException expected(
      String fileName, int line, String column, String expected, String found, String hint) {
    return new DatasetFormatException(
        fileName,
        line,
        column,
        Text.get("engine.io.expectedFound", expected, found),
        hint,
        expected,
        found);
  }

  /**
   * Feature values are missing and the reader was told to refuse them: the one problem the app can
   * resolve by asking (drop those rows, or fill the column means), see {@link #isMissingValues()}.
   */
  static DatasetFormatException missingValues(
      String fileName, int line, String column, String problem, String hint) {
    return new DatasetFormatException(fileName, line, column, problem, hint, null, null, true);
  }

  /**
   * Whether this is {@link #missingValues}: decided by how it was made, never by its (translated)
   * text.
   */
  public boolean isMissingValues() {
    return missingValues;
  }

  /** A problem phrased in its own words ("'abc' is not a number") that still records both sides. */
  static DatasetFormatException of(
      String fileName,
      int line,
      String column,
      String problem,
      String expected,
      String found,
      String hint) {
    return new DatasetFormatException(fileName, line, column, problem, hint, expected, found);
  }

  /**
   * A problem with the whole file rather than one line; {@code problem} continues a sentence that
   * starts with the file name ("is empty" → "empty.csv is empty").
   */
  public static DatasetFormatException ofFile(String fileName, String problem, String hint) {
    return new DatasetFormatException(fileName, 0, null, problem, hint);
  }

  private static String compose(
      String fileName, int line, String column, String problem, String hint) {
    String lineText = String.valueOf(line);
    String message;
    if (line > 0 && column != null) {
      message = Text.get("engine.io.at.lineColumn", fileName, lineText, column, problem);
    } else if (line > 0) {
      message = Text.get("engine.io.at.line", fileName, lineText, problem);
    } else if (column != null) {
      message = Text.get("engine.io.at.column", fileName, column, problem);
    } else {
      // A whole-file problem reads as a sentence about the file: "empty.csv is empty".
      message = Text.get("engine.io.at.file", fileName, problem);
    }
    return hint == null ? message : Text.get("engine.io.withHint", message, hint);
  }

  public String fileName() {
    return fileName;
  }

  /** The 1-based line of the problem, empty when it concerns the whole file. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** What was wrong, without the location and the hint. */
  public String problem() {
    return problem;
  }

  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /** What the format requires here ("117 values", "a number"), when the problem is a mismatch. */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  /** What the file holds instead ("116", "abc"), when the problem is a mismatch. */
  public Optional<String> found() {
    return Optional.ofNullable(found);
  }
}
