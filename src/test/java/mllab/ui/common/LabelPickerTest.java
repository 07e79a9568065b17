package mllab.ui.common;

import static mllab.ui.FxQueries.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The picker of which labels a chart draws, used as a student would. */
@ExtendWith(ApplicationExtension.class)
class LabelPickerTest {

  private static final List<String> NAMES = new ArrayList<>();
  private static final int[] COUNTS = new int[20];

  static {
    for (int k = 0; k < 20; k++) {
      NAMES.add("tag_" + (k + 1));
      COUNTS[k] = 100 - 4 * k;
    }
  }

  private final List<int[]> drawn = new ArrayList<>();
  private LabelPicker picker;

  @Start
  void start(Stage stage) {
    picker =
        new LabelPicker(
            "test",
            3,
            4,
            new LabelPicker.Words(
                "Pick labels",
                "help",
                "Back",
                "help",
                "labels",
                "rawdata.heat.tooMany",
                "rawdata.heat.hidden",
                "rawdata.heat.allShown"),
            drawn::add);
    stage.setScene(new Scene(new StackPane(picker.node()), 700, 600));
    stage.show();
  }

  @Test
  void aPickStaysWhenTheSameLabelsComeAgainAndGoesWithNewOnes(FxRobot robot) {
    // Given 20 labels, the first two drawn at first
    onFx(() -> set(COUNTS));
    assertArrayEquals(new int[] {0, 1}, last());

    // When the student opens the picker and ticks tag_20
    robot.clickOn("#test-pick");
    robot.clickOn("#test-pick-find").write("tag_20");
    WaitForAsyncUtils.waitForFxEvents();
    Node box =
        onFx(
            () ->
                robot.lookup("#test-pick-list").queryParent().lookupAll(".check-box").stream()
                    .filter(n -> n.isVisible() && n.getParent() != null)
                    .filter(
                        n ->
                            n.getParent().getChildrenUnmodifiable().stream()
                                .anyMatch(
                                    c -> c instanceof Labeled l && "tag_20".equals(l.getText())))
                    .findFirst()
                    .orElseThrow());
    robot.clickOn(box);
    WaitForAsyncUtils.waitForFxEvents();
    assertArrayEquals(new int[] {0, 1, 19}, last());

    // Then the same labels and counts again (a fresh run on the same rows) keep the pick
    onFx(() -> set(COUNTS.clone()));
    assertArrayEquals(new int[] {0, 1, 19}, last());

    // and new counts start again from the first choice
    int[] other = COUNTS.clone();
    other[19] = 1000;
    onFx(() -> set(other));
    assertArrayEquals(new int[] {0, 1}, last());
    assertTrue(onFx(() -> picker.node().isVisible()));

    // and three labels or fewer are all drawn, in column order, with the picker out of sight
    onFx(
        () -> {
          picker.setLabels(List.of("a", "b", "c"), new int[] {1, 5, 3}, 10, new int[] {1});
          return null;
        });
    assertArrayEquals(new int[] {0, 1, 2}, last());
    assertFalse(onFx(() -> picker.node().isVisible()));
  }

  private Void set(int[] counts) {
    picker.setLabels(NAMES, counts, 100, new int[] {0, 1});
    return null;
  }

  private int[] last() {
    return onFx(() -> drawn.get(drawn.size() - 1));
  }
}
