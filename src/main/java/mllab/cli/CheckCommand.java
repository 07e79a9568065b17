package mllab.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import mllab.quiz.QuestionBankCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mllab check BANK.yaml|FOLDER}: prints a question bank's problems as the app reports them.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

  @Parameters(paramLabel = "BANK", descriptionKey = "bank")
  Path bank;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(bank)) {
      throw new NoSuchFileException(bank.toString());
    }
    // QuestionBankCheck prints to a PrintStream; route it to picocli's writer so tests and
    // embedding see it where they see everything else.
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    int code;
    try (PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
      code = QuestionBankCheck.check(bank, ps);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(sink.toString(StandardCharsets.UTF_8));
    out.flush();
    return code;
  }
}
