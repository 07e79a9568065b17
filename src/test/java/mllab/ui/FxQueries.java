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
   * Waits up to 10 s until {@code condition}, checked on the FX thread, holds; fails naming {@code
   * what} was awaited.
   */
  public static void await(String what, Callable<Boolean> condition) {
    await(what, 10, condition);
  }

  /** The same, waiting up to {@code seconds}. */
  public static void await(String what, int seconds, Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(what, e);
    }
  }

  /**
   * Waits until the screen in {@code scene} has built every part it fills in a pulse each after its
   * first frame (nothing left in its queue), then for the events that followed.
   */
  public static void awaitFilledIn(javafx.scene.Scene scene) {
    await("the screen never filled in", 30, () -> !mllab.ui.common.AfterFirstLayout.pending(scene));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Waits until step 4's screen, in any window when {@code scene} is null, has the parts it builds
   * after its first frame (the settings, the charts, the epoch table and the network): they come a
   * pulse each after the screen is shown.
   */
  public static void awaitTrainingScreen(FxRobot robot, javafx.scene.Scene scene) {
    await(
        "step 4's screen never filled in",
        () ->
            scene == null
                ? robot.lookup("#network-card").tryQuery().isPresent()
                    && robot.lookup("#settings-card").tryQuery().isPresent()
                : scene.lookup("#network-card") != null && scene.lookup("#settings-card") != null);
  }

  /** The same, in any window. */
  public static void awaitTrainingScreen(FxRobot robot) {
    awaitTrainingScreen(robot, null);
  }
}
