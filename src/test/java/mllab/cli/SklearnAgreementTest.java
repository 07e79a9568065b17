package mllab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code src/test/python/check_metrics.py} on a CLI run: scikit-learn recomputes every metric
 * from predictions.csv and must agree with metrics.json to 1e-9. The interpreter is the system
 * property {@code mllab.python} (default {@code python3} on the PATH); the test is skipped when it
 * cannot import scikit-learn, e.g. {@code mvn test -Dmllab.python=<a python3 with sklearn>}.
 */
class SklearnAgreementTest {

  private static final Path SCRIPT = Path.of("src", "test", "python", "check_metrics.py");

  /** The first interpreter that can import scikit-learn: the property, then the usual names. */
  private static final String PYTHON = findPython();

  private static String findPython() {
    String chosen = System.getProperty("mllab.python");
    if (chosen != null) {
      return chosen;
    }
    for (String candidate : new String[] {"python3", "/usr/bin/python3", "python"}) {
      if (canImportSklearn(candidate)) {
        return candidate;
      }
    }
    return "python3";
  }

  @TempDir Path out;

  private static boolean sklearnAvailable() {
    return canImportSklearn(PYTHON);
  }

  private static boolean canImportSklearn(String python) {
    try {
      Process p = new ProcessBuilder(python, "-c", "import sklearn").redirectErrorStream(true)
          .start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void metricsJsonAgreesWithScikitLearnOnTheLessonRun() throws Exception {
    // Given scikit-learn and a lesson run at a per-cell threshold of 0.3
    assumeTrue(Files.isRegularFile(SCRIPT) && sklearnAvailable(),
        PYTHON + " cannot import sklearn");
    int code = Cli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        "run", "--epochs", "4", "--threshold", "0.3", "--out", out.toString());
    assertEquals(0, code);

    // When the script recomputes every metric from predictions.csv
    Process p = new ProcessBuilder(PYTHON, SCRIPT.toString(), out.toString())
        .redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    // Then it finds no difference above 1e-9
    assertEquals(0, p.waitFor(), report);
  }
}
