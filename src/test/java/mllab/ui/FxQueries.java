package mllab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Lookups for UI tests, run on the FX thread because the screen may be changing its nodes. */
public final class FxQueries {

  private FxQueries() {}

  /**
   * The node with this id, matched exactly (not as a CSS selector: "confusion-1-FP" is not one).
   */
  public static Node byId(FxRobot robot, String id) {
    return onFx(() -> robot.lookup((Node n) -> id.equals(n.getId())).query());
  }

  /** Runs {@code query} on the FX thread and returns its result. */
  public static <T> T onFx(Callable<T> query) {
    try {
      return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The text of the labeled node with this id. */
  public static String text(FxRobot robot, String id) {
    Node n = byId(robot, id);
    return onFx(() -> ((Labeled) n).getText());
  }

  /**
   * Waits until step 4's screen, in any window when {@code scene} is null, has the parts it builds
   * after its first frame (the settings, the charts, the epoch table and the network): they come a
   * pulse each after the screen is shown.
   */
  public static void awaitTrainingScreen(FxRobot robot, javafx.scene.Scene scene) {
    try {
      WaitForAsyncUtils.waitFor(
          10,
          TimeUnit.SECONDS,
          () ->
              onFx(
                  () ->
                      scene == null
                          ? robot.lookup("#network-card").tryQuery().isPresent()
                              && robot.lookup("#settings-card").tryQuery().isPresent()
                          : scene.lookup("#network-card") != null
                              && scene.lookup("#settings-card") != null));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("step 4's screen never filled in", e);
    }
  }

  /** The same, in any window. */
  public static void awaitTrainingScreen(FxRobot robot) {
    awaitTrainingScreen(robot, null);
  }
}
