package mllab.bench;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;

/**
 * The first minute of a lesson, scripted for recording the classes it loads: opens every step in
 * turn, starts training, opens Learn, giving each screen time to fill in, then exits. Each button
 * is pressed once it is there (up to {@link #WAIT_MS}); the time a screen gets to fill in is the
 * clock's: the tour only has to load the classes.
 */
final class FirstMinute {

  /** Buttons pressed in turn, by node id. */
  private static final List<String> PRESSES =
      List.of(
          "#nav-preprocessing",
          "#nav-split",
          "#nav-training",
          "#train-play",
          "#nav-evaluation",
          "#nav-learn",
          "#nav-raw-data");

  /** Time each screen gets to fill in, ms. */
  private static final long SETTLE_MS = 2500;

  /** The longest wait for a button to appear, ms. */
  private static final long WAIT_MS = 30_000;

  private FirstMinute() {}

  /** Presses the button {@code id} once it is in the scene; false if it never came. */
  private static boolean press(Stage stage, String id) throws Exception {
    long end = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < end) {
      java.util.concurrent.FutureTask<Boolean> pressed =
          new java.util.concurrent.FutureTask<>(
              () -> {
                if (stage.getScene().lookup(id) instanceof ButtonBase button) {
                  button.fire();
                  return true;
                }
                return false;
              });
      Platform.runLater(pressed);
      if (pressed.get()) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  /** Starts the tour on a thread of its own; the JVM exits at its end. */
  static void start(Stage stage) {
    Thread tour =
        new Thread(
            () -> {
              try {
                for (String id : PRESSES) {
                  Thread.sleep(SETTLE_MS);
                  if (!press(stage, id)) {
                    System.err.println("first minute: no button " + id);
                  }
                }
                Thread.sleep(SETTLE_MS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (Exception e) {
                e.printStackTrace();
              }
              System.exit(0);
            },
            "first-minute");
    tour.setDaemon(true);
    tour.start();
  }
}
