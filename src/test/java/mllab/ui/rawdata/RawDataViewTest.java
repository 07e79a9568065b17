package mllab.ui.rawdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.pipeline.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.ui.FxQueries;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 1 appears in two beats: its frame (title, shape card, lesson text) with the first frame,
 * then its statistics and its table of rows right after, so the window never waits for them.
 */
@ExtendWith(ApplicationExtension.class)
class RawDataViewTest {

  private final StackPane holder = new StackPane();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(holder, 1280, 800));
    stage.show();
  }

  @Test
  void theScreenShowsItsFrameFirstAndFillsInTheStatisticsAndEveryRow(FxRobot robot) throws Exception {
    // Given step 1's screen, built but not yet on screen
    PipelineSession session = Lesson.session();
    ScrollPane screen = FxQueries.onFx(() -> (ScrollPane) new RawDataView(new RawDataViewModel(
        new SessionModel(session, BackgroundRunner.sameThread()))).createView());
    Node content = screen.getContent();
    // Then its frame is ready: the shape card says what goes in, and the contrast text is there
    assertNotNull(FxQueries.onFx(() -> content.lookup("#shape-card")));
    assertFalse(FxQueries.onFx(() -> ((Label) content.lookup("#multilabel-contrast")).getText()).isEmpty());
    // But the heavy parts wait for the screen's first frame
    assertNull(FxQueries.onFx(() -> content.lookup("#rows-table")));
    assertNull(FxQueries.onFx(() -> content.lookup("#stat-cardinality")));

    // When the screen is shown
    robot.interact(() -> holder.getChildren().setAll(screen));

    // Then the statistics and the table fill in, with every one of the 1000 rows
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> FxQueries.onFx(() -> content.lookup("#rows-table") != null));
    assertEquals(RawDataView.fmt(session.stats().labelCardinality(), 2), FxQueries.onFx(() -> ((Label) content.lookup("#stat-cardinality")).getText()));
    assertEquals(1000, FxQueries.onFx(() -> ((TableView<?>) content.lookup("#rows-table")).getItems().size()));
  }
}
