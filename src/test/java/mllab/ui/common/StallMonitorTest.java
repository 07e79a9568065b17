package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stall monitor catches an FX thread held busy and names the code that held it. */
@ExtendWith(ApplicationExtension.class)
class StallMonitorTest {

  @TempDir Path folder;

  @Start
  void start(Stage stage) {
    // The size every window test expects: the stage is shared by the test classes of a fork.
    stage.setScene(new Scene(new Label("idle"), 1280, 800));
    stage.show();
  }

  /**
   * Work that grows with the data, done where it must not be: 300 ms of computing on the FX thread.
   */
  private static long holdTheFxThreadBusy() {
    long end = System.nanoTime() + 300_000_000L;
    long spins = 0;
    while (System.nanoTime() < end) {
      spins++;
    }
    return spins;
  }

  @Test
  void aBusyFxThreadIsRecordedWithTheMethodThatHeldIt(FxRobot robot) throws Exception {
    // Given the monitor running with the default 50 ms limit
    Path log = folder.resolve("stalls.txt");
    StallMonitor monitor = StallMonitor.start(log, 50);
    WaitForAsyncUtils.waitForFxEvents();

    // When the FX thread computes for 300 ms
    robot.interact(StallMonitorTest::holdTheFxThreadBusy);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !monitor.stalls().isEmpty());

    // Then one stall of about that length is recorded, naming the method
    StallMonitor.Stall longest = monitor.stalls().get(0);
    assertTrue(longest.durationMs() >= 250, longest.toString());
    assertTrue(longest.cpuMs() > 0 && longest.cpuMs() <= longest.durationMs(), longest.toString());
    assertEquals(StallMonitorTest.class.getName() + ".holdTheFxThreadBusy", longest.where());
    // with a profile saying the method was on (nearly) every sampled stack
    assertTrue(
        longest.profile().stream()
            .filter(line -> line.startsWith("app ") && line.endsWith(".holdTheFxThreadBusy"))
            .anyMatch(
                line -> Integer.parseInt(line.replaceAll("\\D+", " ").trim().split(" ")[0]) >= 80),
        longest.profile().toString());

    // And the file written on exit lists it
    StallMonitor.stopAndWriteIfRunning();
    String written = Files.readString(log);
    assertTrue(written.contains("holdTheFxThreadBusy"), written);
  }

  @Test
  void aStallInWhichTheFxThreadWaitsIsRecordedWithLittleCpu(FxRobot robot) throws Exception {
    // Given the monitor running
    StallMonitor monitor = StallMonitor.start(folder.resolve("waits.txt"), 50);
    WaitForAsyncUtils.waitForFxEvents();

    // When the FX thread waits 300 ms without computing (as for a lock or the renderer)
    robot.interact(() -> LockSupport.parkNanos(300_000_000L));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !monitor.stalls().isEmpty());

    // Then the stall is recorded with its length and the little CPU time it took
    StallMonitor.Stall longest = monitor.stalls().get(0);
    StallMonitor.stopAndWriteIfRunning();
    assertTrue(longest.durationMs() >= 250, longest.toString());
    assertTrue(longest.cpuMs() < longest.durationMs() / 2, longest.toString());
  }
}
