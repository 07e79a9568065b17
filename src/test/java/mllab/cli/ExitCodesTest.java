package mllab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import mllab.data.io.DatasetFormatException;
import mllab.model.TrainingDivergedException;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

  @Test
  void problemsTheUserCanFixExitTwo() {
    // Given a bad file, a bad value, a missing file and a diverged run
    // When each is mapped to an exit code
    // Then every one is "bad input"
    assertEquals(2, Cli.exitCodeOf(DatasetFormatException.ofFile("a.csv", "is empty", null)));
    assertEquals(2, Cli.exitCodeOf(new IllegalArgumentException("batch size 0")));
    assertEquals(2, Cli.exitCodeOf(new NoSuchFileException("a.csv")));
    assertEquals(2, Cli.exitCodeOf(new TrainingDivergedException(3, Double.NaN, 5.0)));
  }

  @Test
  void anythingElseIsABugAndExitsOne() {
    // Given an error no input can cause
    // When mapped, then it is an internal error
    assertEquals(1, Cli.exitCodeOf(new NullPointerException()));
    assertEquals(1, Cli.exitCodeOf(new IllegalStateException("inconsistent state")));
  }

  @Test
  void fileErrorsNameThePathInsideAnUncheckedWrapper() {
    // Given a missing file wrapped the way streams report it
    Exception e = new UncheckedIOException(new NoSuchFileException("data/x.csv"));

    // When turned into the user's message, then the path and the fix are named
    assertEquals("data/x.csv: no such file; check the path", Cli.messageOf(e));
  }

  @Test
  void divergenceKeepsTheEnginesAdvice() {
    // Given a diverged run
    Exception e = new TrainingDivergedException(3, Double.NaN, 5.0);

    // When turned into the user's message, then it is the engine's own sentence
    assertEquals(
        "the loss became NaN at epoch 3 — lower the learning rate (now 5.0)", Cli.messageOf(e));
  }
}
