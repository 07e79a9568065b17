package mllab.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import mllab.ui.FxQueries;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A metric's tooltip is read, not chased off the window's edge. */
@ExtendWith(ApplicationExtension.class)
class MetricTooltipTest {

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    EvaluationViewModel model =
        new EvaluationViewModel(
            new SessionModel(TrainedLesson.session(), BackgroundRunner.sameThread()));
    TrainedLesson.show(stage, (Parent) new EvaluationView(model).createView(), 1280, 800);
  }

  @Test
  void samplesPrecisionsTooltipWrapsInsideTheWindowAndSaysWhyItFallsAtHighThresholds(FxRobot robot)
      throws Exception {
    // When the pointer rests on the samples precision value
    Label value = robot.lookup("#metric-SAMPLES_PRECISION").queryAs(Label.class);
    robot.moveTo(value);
    Tooltip tip = value.getTooltip();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxQueries.onFx(tip::isShowing));

    // Then it says that rows without a predicted label count as 0
    assertTrue(tip.getText().contains("A row with no predicted label counts as 0"), tip.getText());
    // And it wraps into a block that fits the window, instead of one line off its edge
    double width = FxQueries.onFx(() -> tip.getSkin().getNode().getLayoutBounds().getWidth());
    double height = FxQueries.onFx(() -> tip.getSkin().getNode().getLayoutBounds().getHeight());
    double right = FxQueries.onFx(() -> tip.getX() + width);
    Window w = stage;
    assertTrue(width <= 520, "tooltip " + width + " px wide");
    assertTrue(height > 2 * value.getFont().getSize(), "wrapped onto several lines: " + height);
    assertTrue(
        right <= w.getX() + w.getWidth(),
        "right edge " + right + " in a window to " + (w.getX() + w.getWidth()));
  }
}
