package mllab.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import mllab.data.io.DatasetFormatException;
import mllab.model.TrainingDivergedException;
import mllab.text.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The command line: the app's pipeline without a window, for instructors preparing material and for
 * checking results against other tools.
 *
 * <p>Sub-commands: {@code run} (dataset → split → scaling fitted on train → MLP → metrics, written
 * as CSV and JSON), {@code generate} (a synthetic dataset) and {@code check} (a question bank).
 *
 * <p>Exit codes: 0 on success; 2 on bad input (a bad file, a bad option value), with the same
 * one-line message the app would show and no stack trace ({@code --debug} adds one); 1 for an
 * unexpected error, which is a bug.
 */
@Command(
    name = "mllab",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    subcommands = {
      RunCommand.class,
      CompareCommand.class,
      GenerateCommand.class,
      CheckCommand.class
    })
public final class Cli implements Callable<Integer> {

  /** Exit code for a bad file or a bad option value. */
  public static final int BAD_INPUT = 2;

  /** Exit code for an error that is not the user's: a bug. */
  public static final int INTERNAL_ERROR = 1;

  @Option(names = "--debug", scope = ScopeType.INHERIT)
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine(System.out, System.err).execute(args));
  }

  /**
   * Runs the command line as {@link #main} does, but prints to the given streams and returns the
   * exit code instead of exiting: the entry point for tests and embedding.
   */
  static int run(PrintStream out, PrintStream err, String... args) {
    return commandLine(out, err).execute(args);
  }

  /** A configured command line printing to {@code out} and {@code err}. */
  static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Cli());
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(Cli::handleFailure);
    cl.setParameterExceptionHandler(Cli::handleBadArguments);
    // Descriptions, headings and exit codes come from the bundle (see HelpTexts).
    cl.setResourceBundle(new HelpTexts());
    return cl;
  }

  /** No sub-command: nothing was done, so show what there is on stderr and say so in the code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }

  /** An unknown option or a value of the wrong type: one line and where to look, exit 2. */
  private static int handleBadArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("mllab: " + e.getMessage());
    err.println(Text.get("cli.tryHelp", cl.getCommandSpec().qualifiedName()));
    err.flush();
    return BAD_INPUT;
  }

  private static int handleFailure(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    int code = exitCodeOf(e);
    err.println("mllab: " + messageOf(e));
    if (debugRequested(parsed)) {
      e.printStackTrace(err);
    } else if (code == INTERNAL_ERROR) {
      err.println(Text.get("cli.bug"));
    }
    err.flush();
    return code;
  }

  private static boolean debugRequested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Bad files, bad values and a learning rate so large that training diverged are the user's to fix
   * (2); anything else is a bug (1).
   */
  static int exitCodeOf(Exception e) {
    return e instanceof DatasetFormatException
            || e instanceof IOException
            || e instanceof UncheckedIOException
            || e instanceof IllegalArgumentException
            || e instanceof TrainingDivergedException
        ? BAD_INPUT
        : INTERNAL_ERROR;
  }

  /** The sentence for the user: the engine's own message, with file errors made readable. */
  static String messageOf(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof NoSuchFileException n) {
      return Text.get("cli.error.noSuchFile", n.getFile());
    }
    if (t instanceof AccessDeniedException a) {
      return Text.get("cli.error.accessDenied", a.getFile());
    }
    if (t instanceof IOException) {
      return Text.get("cli.error.io", t.getMessage());
    }
    return t.getMessage() != null ? t.getMessage() : t.toString();
  }

  /** The version from the jar's manifest, or a plain note when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cli.class.getPackage().getImplementationVersion();
      return new String[] {
        v != null ? Text.get("cli.version", v) : Text.get("cli.versionDevelopment")
      };
    }
  }
}
