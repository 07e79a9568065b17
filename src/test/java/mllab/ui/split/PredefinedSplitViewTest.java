package mllab.ui.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.lesson.LessonText;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.FxQueries;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 3 for a dataset that came as train and test files: the student is told the published split's
 * own rows and share, not shown the lesson's 0.20 greyed out beside a random-split example.
 */
@ExtendWith(ApplicationExtension.class)
class PredefinedSplitViewTest {

  private final StackPane holder = new StackPane();
  private PipelineSession session;
  private ScrollPane screen;

  @Start
  void start(Stage stage) {
    Dataset all = DatasetGenerator.generate(GeneratorSettings.lesson().withRows(400));
    Dataset train = all.select(java.util.stream.IntStream.range(0, 300).toArray(), "x-train");
    Dataset test = all.select(java.util.stream.IntStream.range(300, 400).toArray(), "x-test");
    session = new PipelineSession(train, "x-train.arff");
    session.setDataset(train, Optional.of(test), "x-train.arff + x-test.arff");
    stage.setScene(new Scene(holder, 1280, 800));
    stage.show();
    screen =
        (ScrollPane)
            new SplitView(
                    new SplitViewModel(new SessionModel(session, BackgroundRunner.sameThread())))
                .createView();
    holder.getChildren().setAll(screen);
  }

  private Node find(String id) {
    return FxQueries.onFx(() -> screen.getContent().lookup("#" + id));
  }

  @Test
  void aPublishedSplitIsDescribedWithItsOwnRows(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> find(NodeIds.SPLIT_PREDEFINED_NOTE) != null);
    WaitForAsyncUtils.waitForFxEvents();
    // Then the note gives the file's own counts and test share
    assertEquals(
        Text.get("split.thisDatasetCameAs", "300", "100", "0.25"),
        FxQueries.text(robot, NodeIds.SPLIT_PREDEFINED_NOTE));
    assertTrue(FxQueries.onFx(() -> find(NodeIds.SPLIT_PREDEFINED_NOTE).isVisible()));
    // And the fraction, seed and method, which do not apply, are not on screen
    assertFalse(
        FxQueries.onFx(
            () ->
                find(NodeIds.TEST_FRACTION_SLIDER).isVisible()
                    && find(NodeIds.TEST_FRACTION_SLIDER).getParent().isVisible()));
    // And the lesson speaks of the published division, not of a seeded random one
    String lesson = LessonText.forStep(session, Step.SPLIT);
    assertTrue(
        lesson.contains("came already divided into\n300 training and 100 test rows"), lesson);
    assertFalse(lesson.contains("with a test fraction of 0.2"), lesson);
  }
}
