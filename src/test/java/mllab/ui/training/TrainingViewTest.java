package mllab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import mllab.eval.Predictions;
import mllab.lesson.Lesson;
import mllab.lesson.Observation;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.model.OutputActivation;
import mllab.model.Trainer;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import mllab.split.Split;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import mllab.ui.common.Styles;
import mllab.ui.shell.Theme;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a student does on the training screen, with training on the FX thread (same-thread runner).
 */
@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {

  private PipelineSession session;
  private TrainingViewModel model;
  private TrainingView view;

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    model = new TrainingViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
    view = new TrainingView(model);
    Parent root = (Parent) view.createView();
    root.getStyleClass().add(Styles.APP);
    Scene scene = new Scene(root, 1280, 800);
    Theme.values()[0].apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  @BeforeEach
  void fullSpeed(FxRobot robot) {
    // The settings, the charts, the table and the network come a pulse each after the first frame
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    robot.clickOn("#" + NodeIds.TRAIN_SPEED).type(KeyCode.END);
    assertEquals(Speed.MAX, model.speedProperty().get());
    assertEquals(0.0, robot.lookup("#screen-training").queryAs(ScrollPane.class).getVvalue());
  }

  private List<EpochReport> independentRun(TrainingConfig config) {
    Split s = session.scaledSplit();
    return new Trainer(config).start(s.train(), s.test()).runAll(r -> {});
  }

  /** Scrolls the screen with the arrow keys, as a student would, until the node is in view. */
  static void reveal(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    for (int i = 0; i < 60; i++) {
      Bounds b = node.localToScene(node.getBoundsInLocal());
      double height = node.getScene().getHeight();
      if (b.getMinY() >= 0 && b.getMaxY() <= height) {
        return;
      }
      // the left margin of the screen, where no chart catches the wheel
      Point2D margin = node.getScene().getRoot().localToScreen(6, height / 2);
      robot.clickOn(margin).type(b.getMinY() < 0 ? KeyCode.UP : KeyCode.DOWN, 3);
    }
    throw new AssertionError(query + " could not be scrolled into view");
  }

  private static void retype(FxRobot robot, String query, String text) {
    reveal(robot, query);
    robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private TableView<?> table(FxRobot robot) {
    return robot.lookup("#" + NodeIds.EPOCH_TABLE).queryAs(TableView.class);
  }

  @Test
  void playDrawsOnePointAndOneRowPerEpochWithTheTrainersValues(FxRobot robot) {
    robot.clickOn("#train-play");

    List<EpochReport> expected = independentRun(TrainingConfig.lesson());
    assertEquals(5, table(robot).getItems().size());
    XYSeries train = view.trainLossSeries();
    XYSeries test = view.testLossSeries();
    XYSeries label = view.labelAccuracySeries();
    XYSeries subset = view.subsetAccuracySeries();
    assertEquals(5, train.getItemCount());
    assertEquals(5, subset.getItemCount());
    for (int i = 0; i < 5; i++) {
      EpochReport r = expected.get(i);
      assertEquals(r.epoch(), train.getX(i).intValue());
      assertEquals(r.trainLoss(), train.getY(i).doubleValue());
      assertEquals(r.testLoss(), test.getY(i).doubleValue());
      assertEquals(r.labelAccuracy(), label.getY(i).doubleValue());
      assertEquals(r.subsetAccuracy(), subset.getY(i).doubleValue());
      assertEquals(r, ((EpochRow) table(robot).getItems().get(i)).report());
    }
    assertEquals(
        "epoch 5 of 5",
        robot.lookup("#" + NodeIds.TRAIN_EPOCH_TEXT).queryAs(Label.class).getText());
    assertTrue(robot.lookup("#train-note").queryAs(Label.class).isVisible());
  }

  @Test
  void oneClickTrainsWithALearningRateOfTwoAndTheLossBouncesThenBackToTheLesson(FxRobot robot) {
    // Given the lesson's screen; when the student clicks "Try a learning rate of 2"
    reveal(robot, "#tryout-large");
    robot.clickOn("#tryout-large");
    // Then the setting shows 2, and five epochs ran with exactly that configuration
    assertEquals(2.0, session.trainingConfig().learningRate());
    List<EpochReport> big = independentRun(TrainingConfig.lesson().withLearningRate(2.0));
    assertEquals(5, table(robot).getItems().size());
    for (int i = 0; i < 5; i++) {
      assertEquals(big.get(i), ((EpochRow) table(robot).getItems().get(i)).report());
    }
    // And what the explanation says happens: a fast first epoch, then the test loss goes up
    List<EpochReport> lesson = independentRun(TrainingConfig.lesson());
    assertTrue(big.get(0).testLoss() < lesson.get(0).testLoss());
    assertTrue(big.get(1).testLoss() > big.get(0).testLoss());
    assertTrue(big.get(4).testLoss() > lesson.get(4).testLoss());
    String text = robot.lookup("#" + NodeIds.TRYOUT_TEXT).queryAs(Label.class).getText();
    assertTrue(text.contains("Click to train with 2 instead of the lesson's 0.025"), text);
    // When the student goes back, the lesson's rate trains the lesson's curve again
    reveal(robot, "#tryout-lesson");
    robot.clickOn("#tryout-lesson");
    assertEquals(0.025, session.trainingConfig().learningRate());
    for (int i = 0; i < 5; i++) {
      assertEquals(lesson.get(i), ((EpochRow) table(robot).getItems().get(i)).report());
    }
  }

  @Test
  void playAfterAFinishedRunAsksBeforeStartingAgain(FxRobot robot) {
    // Given a finished run of 5 epochs
    robot.clickOn("#train-play");
    Mlp trained = model.display().modelProperty().get();
    assertEquals(5, table(robot).getItems().size());

    // When Play is clicked again, a dialog says what would happen; Escape keeps the model
    robot.clickOn("#train-play");
    javafx.scene.control.DialogPane dialog =
        robot.lookup("#train-again-question").queryAs(javafx.scene.control.DialogPane.class);
    assertEquals(mllab.text.Text.get("training.again.header", 5), dialog.getHeaderText());
    assertTrue(
        dialog.getContentText().contains("starts a new run from the seed's initial weights"));
    robot.type(KeyCode.ESCAPE);
    assertTrue(robot.lookup("#train-again-question").tryQuery().isEmpty());
    assertEquals(trained, model.display().modelProperty().get());
    assertEquals(5, table(robot).getItems().size());

    // When Step is pressed and the student confirms with the keyboard, a new run starts
    robot.clickOn("#train-step");
    assertTrue(robot.lookup("#train-again-question-confirm").queryButton().isDefaultButton());
    robot.type(KeyCode.ENTER);
    assertEquals(1, table(robot).getItems().size());
    assertEquals(
        "epoch 1 of 5",
        robot.lookup("#" + NodeIds.TRAIN_EPOCH_TEXT).queryAs(Label.class).getText());
  }

  @Test
  void theTableShowsEachEpochsObservation(FxRobot robot) {
    robot.clickOn("#train-play");
    List<EpochReport> expected = independentRun(TrainingConfig.lesson());
    for (int i = 0; i < expected.size(); i++) {
      String sentence = Observation.of(expected.subList(0, i + 1)).text();
      assertTrue(robot.lookup(sentence).tryQuery().isPresent(), sentence);
    }
    String lastLoss = String.format(Locale.ROOT, "%.3f", expected.get(4).testLoss());
    assertTrue(robot.lookup(lastLoss).tryQuery().isPresent(), lastLoss);
  }

  @Test
  void stepAddsExactlyOneEpoch(FxRobot robot) {
    robot.clickOn("#train-step");
    assertEquals(1, table(robot).getItems().size());
    assertEquals(1, view.testLossSeries().getItemCount());
    robot.clickOn("#train-step");
    assertEquals(2, table(robot).getItems().size());
    assertEquals(2, view.testLossSeries().getItemCount());
  }

  @Test
  void resetClearsCurvesAndTable(FxRobot robot) {
    robot.clickOn("#train-play");
    robot.clickOn("#train-reset");
    assertEquals(0, table(robot).getItems().size());
    assertEquals(0, view.trainLossSeries().getItemCount());
    assertEquals(0, view.labelAccuracySeries().getItemCount());
    assertEquals(
        "epoch 0 of 5",
        robot.lookup("#" + NodeIds.TRAIN_EPOCH_TEXT).queryAs(Label.class).getText());
  }

  @Test
  void anExplodingLearningRateShowsTheMessageAndPlayStaysUsable(FxRobot robot) {
    retype(robot, "#setting-learning-rate", "50");
    robot.clickOn("#train-play");

    Label banner = robot.lookup("#train-failure").queryAs(Label.class);
    assertTrue(banner.isVisible());
    assertTrue(banner.getText().contains("lower the learning rate (now 50.0)"), banner.getText());
    assertFalse(robot.lookup("#train-play").queryAs(Button.class).isDisabled());

    retype(robot, "#setting-learning-rate", "0.05");
    assertFalse(banner.isVisible());
    robot.clickOn("#train-play");
    assertEquals(5, table(robot).getItems().size());
  }

  @Test
  void anInvalidValueShowsTheEnginesMessageNextToTheField(FxRobot robot) {
    retype(robot, "#setting-batch-size", "0");
    Label error = robot.lookup("#setting-batch-size-error").queryAs(Label.class);
    assertTrue(error.isVisible());
    assertEquals("batch size 0 must be at least 1 (try 32)", error.getText());
    assertTrue(robot.lookup("#train-play").queryAs(Button.class).isDisabled());

    retype(robot, "#setting-batch-size", "16");
    assertFalse(error.isVisible());
    assertEquals(16, session.trainingConfig().batchSize());
  }

  @Test
  void softmaxPredictsAtMostOneLabelPerRowMoreOftenThanSigmoid(FxRobot robot) {
    retype(robot, "#setting-epochs", "20");
    robot.clickOn("#train-play");
    double sigmoid = atMostOneLabel(session.predictions().orElseThrow());

    robot.clickOn("#setting-output").clickOn("softmax");
    robot.clickOn("#train-play");
    double softmax = atMostOneLabel(session.predictions().orElseThrow());

    assertEquals(20, table(robot).getItems().size());
    assertEquals(1.0, softmax);
    assertTrue(softmax > sigmoid, "softmax " + softmax + " vs sigmoid " + sigmoid);
    assertEquals(OutputActivation.SOFTMAX, model.settings().outputProperty().get());
  }

  @Test
  void theOutputNodesShowTheCurrentProbabilitiesOfTheChosenTestRow(FxRobot robot) {
    robot.clickOn("#train-play");
    double[] p =
        model
            .display()
            .modelProperty()
            .get()
            .predictProbabilities(session.scaledSplit().test().featureRow(0));
    Text beach = robot.lookup("#output-probability-0").queryAs(Text.class);
    assertEquals(String.format(Locale.ROOT, "p = %.3f", p[0]), beach.getText());

    retype(robot, "#sample-row .text-field", "3");
    robot.type(KeyCode.ENTER);
    double[] third =
        model
            .display()
            .modelProperty()
            .get()
            .predictProbabilities(session.scaledSplit().test().featureRow(2));
    assertEquals(String.format(Locale.ROOT, "p = %.3f", third[0]), beach.getText());
  }

  @Test
  void theDiagramDrawsOneEdgePerWeightAndRestylesThemAfterTraining(FxRobot robot) {
    NetworkDiagram diagram = view.diagram();
    // 20 inputs × 16 hidden + 16 hidden × 4 outputs
    assertEquals(20 * 16 + 16 * 4, diagram.edgeCount());
    assertTrue(diagram.negativeEdges() > 0);
    robot.clickOn("#train-play");
    // every edge follows the trained weights: thickness by magnitude, dashed class when negative
    Mlp trained = model.display().modelProperty().get();
    for (int layer = 0; layer < 2; layer++) {
      double[][] w = trained.weights(layer);
      for (int to = 0; to < w.length; to++) {
        for (int from = 0; from < w[to].length; from++) {
          Line line = diagram.edge(layer, to, from);
          assertEquals(Math.min(5.0, 0.3 + 2.0 * Math.abs(w[to][from])), line.getStrokeWidth());
          assertEquals(w[to][from] < 0, line.getStyleClass().contains(Styles.NET_EDGE_NEGATIVE));
        }
      }
    }
    retype(robot, "#setting-hidden", "64");
    // a 64-unit layer draws its first five units and its last: real weights to and from those
    assertEquals(20 * 6 + 6 * 4, diagram.edgeCount());
    Mlp wide = model.display().modelProperty().get();
    assertEquals(
        Math.min(5.0, 0.3 + 2.0 * Math.abs(wide.weight(0, 63, 7))),
        diagram.edge(0, 63, 7).getStrokeWidth());
    assertEquals(
        "\u22ee 58 more",
        robot.lookup("#net-more-1").queryAs(javafx.scene.text.Text.class).getText());
  }

  @Test
  void perLabelCurvesAppearWhenTicked(FxRobot robot) {
    robot.clickOn("#train-play");
    var renderer = view.lossChart().getXYPlot().getRenderer(1);
    assertFalse(renderer.getDefaultSeriesVisible());
    reveal(robot, "#" + NodeIds.PER_LABEL_CURVES);
    robot.clickOn("#" + NodeIds.PER_LABEL_CURVES);
    assertTrue(renderer.getDefaultSeriesVisible());
    assertEquals(4, view.lossChart().getXYPlot().getDataset(1).getSeriesCount());
    assertEquals(5, view.lossChart().getXYPlot().getDataset(1).getItemCount(0));
  }

  private static double atMostOneLabel(Predictions p) {
    int count = 0;
    for (int i = 0; i < p.rows(); i++) {
      int on = 0;
      for (int k = 0; k < p.labelCount(); k++) {
        if (p.probability(i, k) >= 0.5) {
          on++;
        }
      }
      if (on <= 1) {
        count++;
      }
    }
    return count / (double) p.rows();
  }
}
