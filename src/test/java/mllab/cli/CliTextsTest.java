package mllab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mllab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's help is read from the bundle, every line of it, for a translator to replace.
 */
class CliTextsTest {

  @AfterEach
  void plain() {
    Text.setPseudo(false);
  }

  @Test
  void everyDescriptionOfEveryCommandComesFromTheBundle() {
    // Given pseudo-localization, which brackets every text read from the bundle
    Text.setPseudo(true);
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    // When the command line is built
    CommandLine cli = Cli.commandLine(sink, sink);

    // Then every command's description and every option's and parameter's description is bracketed
    List<String> notFromBundle = new ArrayList<>();
    List<CommandLine> commands = new ArrayList<>(List.of(cli));
    commands.addAll(cli.getSubcommands().values());
    for (CommandLine c : commands) {
      CommandSpec spec = c.getCommandSpec();
      check(
          spec.qualifiedName() + " description", spec.usageMessage().description(), notFromBundle);
      List<ArgSpec> args = new ArrayList<>(spec.options());
      args.addAll(spec.positionalParameters());
      for (ArgSpec a : args) {
        check(spec.qualifiedName() + " " + a.paramLabel(), a.description(), notFromBundle);
      }
    }
    assertEquals(List.of(), notFromBundle);
  }

  @Test
  void helpFillsInDefaultsAndKeepsApostrophes() {
    // Given the English bundle
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);

    // When run --help is printed
    int code = Cli.run(ps, ps, "run", "--help");

    // Then picocli's default values are filled in and a doubled apostrophe reads as one
    String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    assertEquals(0, code);
    assertTrue(help.contains("at least T (default 0.5)."), help);
    assertTrue(help.contains("keep the lesson's values"), help);
    assertTrue(help.contains("20% random test split"), help);
  }

  private static void check(String where, String[] lines, List<String> bad) {
    if (lines.length == 0) {
      bad.add(where + ": no description");
    }
    for (String line : lines) {
      if (!line.startsWith("⟦") || !line.endsWith("⟧")) {
        bad.add(where + ": " + line);
      }
    }
  }
}
