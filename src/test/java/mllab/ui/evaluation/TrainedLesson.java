package mllab.ui.evaluation;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.ui.common.Styles;

/** The lesson session with its model trained to the end, and a themed stage to show a view in. */
public final class TrainedLesson {

  private TrainedLesson() {}

  /** A fresh lesson session, trained the way the Training step does it. */
  public static PipelineSession session() {
    PipelineSession s = Lesson.session();
    train(s);
    return s;
  }

  public static void train(PipelineSession s) {
    TrainingRun r = s.newTrainingRun();
    while (!r.finished()) {
      r.nextEpoch();
    }
    s.trainingFinished(r);
  }

  /** Shows {@code view} in {@code stage} at the size a student's window has, with the app theme. */
  public static void show(Stage stage, Parent view, double width, double height) {
    Application.setUserAgentStylesheet(
        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    StackPane root = new StackPane(view);
    root.getStyleClass().add(Styles.APP);
    Scene scene = new Scene(root, width, height);
    scene
        .getStylesheets()
        .add(TrainedLesson.class.getResource("/assets/theme/mllab.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  /**
   * Waits until step 5's last card, the tabs, is on screen with its predictions table's columns:
   * the cards below the metrics arrive one pulse each after the screen's first frame, and the
   * table's columns in further pulses after the tabs.
   */
  public static void awaitEvaluationCards(org.testfx.api.FxRobot robot) {
    awaitEvaluationCards(robot, null);
  }

  /** The same, for step 5 in {@code scene}'s window (any window's when it is null). */
  public static void awaitEvaluationCards(org.testfx.api.FxRobot robot, javafx.scene.Scene scene) {
    String tabs = "#" + mllab.ui.common.NodeIds.EVALUATION_TABS;
    try {
      org.testfx.util.WaitForAsyncUtils.waitFor(
          10,
          java.util.concurrent.TimeUnit.SECONDS,
          () ->
              mllab.ui.FxQueries.onFx(
                  () -> {
                    javafx.scene.Node found =
                        scene == null
                            ? robot.lookup(tabs).tryQuery().orElse(null)
                            : scene.lookup(tabs);
                    return found != null
                        && !mllab.ui.common.AfterFirstLayout.pending(found.getScene());
                  }));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("step 5's tabs never came", e);
    }
  }
}
