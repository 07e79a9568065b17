package mllab.quiz;

import java.io.PrintStream;
import java.nio.file.Path;
import mllab.text.Text;

/**
 * Checks an instructor's question file (or folder of files) and prints every problem as {@code
 * file:line: message}, the way the app would report it, so a bank can be fixed before it is handed
 * out. The command line wires this to a sub-command.
 */
public final class QuestionBankCheck {

  /** Exit code when the bank is clean. */
  public static final int OK = 0;

  /** Exit code when the bank has problems (the app's exit code for a bad file). */
  public static final int PROBLEMS = 2;

  private QuestionBankCheck() {}

  /**
   * Loads {@code fileOrFolder}, prints each problem and a summary line to {@code out}.
   *
   * @return {@link #OK} when there are no problems, else {@link #PROBLEMS}
   */
  public static int check(Path fileOrFolder, PrintStream out) {
    QuestionBank bank = QuestionBank.load(fileOrFolder);
    bank.problems().forEach(out::println);
    out.println(Text.get("quiz.check.longest", bank.longestAnswers().describe()));
    if (bank.hasProblems()) {
      out.println(
          Text.get(
              "quiz.check.problems",
              String.valueOf(bank.problems().size()),
              String.valueOf(fileOrFolder),
              String.valueOf(bank.questions().size())));
      return PROBLEMS;
    }
    out.println(
        Text.get(
            "quiz.check.ok",
            String.valueOf(fileOrFolder),
            String.valueOf(bank.questions().size())));
    return OK;
  }
}
