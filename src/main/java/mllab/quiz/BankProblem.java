package mllab.quiz;

import java.util.Objects;

/**
 * One thing wrong in a question file: which file, which line (1-based; 0 when the file could not be
 * read at all) and a message that says what to fix.
 */
public record BankProblem(String file, int line, String message) {

  public BankProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** "questions.yaml:12: missing 'hint' …", the form compilers use, so editors can jump there. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
