package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The runner keeps its promise of exactly one callback, on the FX thread, also for a cancelled job.
 */
@ExtendWith(ApplicationExtension.class)
class FxBackgroundRunnerTest {

  private final FxBackgroundRunner runner = new FxBackgroundRunner();
  private final List<String> calls = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) {
    // No window needed: the runner only needs the FX toolkit.
  }

  @AfterEach
  void stop() {
    runner.shutdown();
  }

  @Test
  void aCancelledJobReportsOneCancellationOnTheFxThread() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    Throwable[] failure = new Throwable[1];
    BackgroundRunner.Cancellable job =
        runner.run(
            () -> {
              started.countDown();
              never.await();
              return "done";
            },
            ok -> calls.add("success"),
            error -> {
              calls.add(Platform.isFxApplicationThread() ? "failure on FX" : "failure elsewhere");
              failure[0] = error;
            });
    assertTrue(started.await(10, TimeUnit.SECONDS));

    job.cancel();

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !calls.isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("failure on FX"), calls);
    assertInstanceOf(CancellationException.class, failure[0]);
  }

  @Test
  void aFinishedJobReportsItsValueOnce() throws Exception {
    runner.run(() -> 42, v -> calls.add("success " + v), e -> calls.add("failure"));

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !calls.isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("success 42"), calls);
  }
}
