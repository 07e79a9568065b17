package mllab.ui.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;
import mllab.ui.FxQueries;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.ScrollIntoView;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Step 3 with 300 labels: the per-label rates are a list sorted by the gap, not 900 bars. */
@ExtendWith(ApplicationExtension.class)
class WideSplitViewTest {

  private static PipelineSession session;
  private final StackPane holder = new StackPane();
  private ScrollPane screen;

  @BeforeAll
  static void generate() {
    session =
        new PipelineSession(
            DatasetGenerator.generate(GeneratorSettings.uniform(300, 1000, 300, 0.05, 11)),
            "wide.csv");
    session.split();
  }

  @Start
  void start(Stage stage) {
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
  void theRatesAreAListSortedByTheGapAndFoundByName(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> find("label-rates-list") != null);
    WaitForAsyncUtils.waitForFxEvents();
    // Given no bar chart but a list of the 300 labels, largest train/test gap first
    assertNull(find("rate-chart"));
    assertEquals(
        Text.get("common.labelList.countAll", "300", Text.get("rawdata.list.labels")),
        FxQueries.text(robot, "label-rates-count"));
    double[] tr = session.split().trainPositiveRates();
    double[] te = session.split().testPositiveRates();
    int widest = 0;
    for (int k = 0; k < tr.length; k++) {
      if (Math.abs(tr[k] - te[k]) > Math.abs(tr[widest] - te[widest])) {
        widest = k;
      }
    }
    assertEquals(
        Math.abs(tr[widest] - te[widest]),
        Math.abs(tr[labelIndex(rows().get(0))] - te[labelIndex(rows().get(0))]),
        1e-12);

    // When the student searches for label_42
    robot.interact(() -> ScrollIntoView.reveal(find("label-rates-find")));
    robot.clickOn(find("label-rates-find")).write("label_42");

    // Then its row shows its train and test rates
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows().equals(List.of("label_42")));
    List<String> numbers =
        FxQueries.onFx(
            () ->
                find("label-rates-list").lookupAll(".number").stream()
                    .filter(Node::isVisible)
                    .map(n -> ((Label) n).getText())
                    .toList());
    assertTrue(
        numbers.contains(
            Text.get("split.rate.train", String.format(java.util.Locale.ROOT, "%.3f", tr[41]))),
        numbers.toString());
    assertTrue(
        numbers.contains(
            Text.get("split.rate.test", String.format(java.util.Locale.ROOT, "%.3f", te[41]))),
        numbers.toString());
  }

  private static int labelIndex(String name) {
    return session.dataset().labelNames().indexOf(name);
  }

  private List<String> rows() {
    return FxQueries.onFx(
        () ->
            find("label-rates-list").lookupAll(".bar-name").stream()
                .filter(n -> n.getParent().isVisible())
                .map(n -> ((Label) n).getText())
                .toList());
  }
}
