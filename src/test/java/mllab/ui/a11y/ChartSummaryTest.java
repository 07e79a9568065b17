package mllab.ui.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.shell.MainWindow;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Charts speak a summary of the data they draw, and it follows the data. */
@ExtendWith(ApplicationExtension.class)
class ChartSummaryTest {

  @TempDir static Path progressFolder;

  @Start
  void start(Stage stage) {
    new MainWindow(
            Lesson.session(), BackgroundRunner.sameThread(), new ProgressStore(progressFolder))
        .show(stage);
  }

  @Test
  void lossChartSpeaksTheCurvesAfterTraining(FxRobot robot) throws Exception {
    robot.type(KeyCode.DIGIT4);
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    ChartViewer loss = robot.lookup("#loss-chart").queryAs(ChartViewer.class);
    assertTrue(loss.getAccessibleText().endsWith("No data yet."), loss.getAccessibleText());
    int epochs = Lesson.session().trainingConfig().epochs();
    train(robot);
    // the chart redraws (and speaks) the last epochs when its redraw throttle runs out
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> loss.getAccessibleText().contains(" over " + epochs + " points"));
    String spoken = loss.getAccessibleText();
    assertTrue(
        spoken.matches(
            ".*train loss \\d\\.\\d{3} → \\d\\.\\d{3}, test loss \\d\\.\\d{3} → "
                + "\\d\\.\\d{3} over "
                + epochs
                + " points, epoch 1 to "
                + epochs
                + "\\..*"),
        spoken);
  }

  @Test
  void rateChartSpeaksEachLabelsPositiveRates(FxRobot robot) {
    robot.type(KeyCode.DIGIT3);
    String spoken = robot.lookup("#rate-chart").queryAs(ChartViewer.class).getAccessibleText();
    String firstLabel = Lesson.session().dataset().labelNames().get(0);
    assertTrue(spoken.contains("train: " + firstLabel + " 0."), spoken);
    assertTrue(spoken.contains("; test: " + firstLabel + " 0."), spoken);
  }

  private static void train(FxRobot robot) throws Exception {
    robot.clickOn("#" + NodeIds.TRAIN_SPEED).type(KeyCode.END);
    robot.clickOn("#train-play");
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            !robot.lookup("#" + NodeIds.EPOCH_TABLE).queryTableView().getItems().isEmpty()
                && !robot.lookup("#train-play").queryButton().isDisabled());
  }
}
