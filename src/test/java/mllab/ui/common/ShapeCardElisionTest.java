package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.lesson.ShapeCard;
import mllab.text.Text;
import mllab.ui.FxQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A shape card with 53 or 1,000 sample values shows a few and counts the rest. */
@ExtendWith(ApplicationExtension.class)
class ShapeCardElisionTest {

  private final StackPane holder = new StackPane();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(holder, 1280, 800));
    stage.show();
  }

  @Test
  void manySampleValuesAreElidedAndTheInputBoxKeepsItsWidth(FxRobot robot) {
    for (int labels : new int[] {53, 1000}) {
      // Given step 5's card for a test row with one probability per label
      List<String> probabilities = new ArrayList<>();
      for (int k = 0; k < labels; k++) {
        probabilities.add("label_" + k + "_amperometry 0.42");
      }
      ShapeCard card =
          new ShapeCard(
              "2515 test rows × 1836 features",
              "Predict probabilities",
              "579 rows × " + labels + " probabilities",
              List.of(),
              probabilities);
      robot.interact(
          () -> {
            ShapeCardView view = new ShapeCardView(card);
            holder.getChildren().setAll(view.node());
            holder.applyCss();
            holder.layout();
            view.fit(1240);
          });
      WaitForAsyncUtils.waitForFxEvents();

      // Then the output shows the first values and "… N more"
      String sample = FxQueries.text(robot, "shape-output-sample");
      String more =
          Text.get(
              "common.shape.more",
              String.format(java.util.Locale.ROOT, "%,d", labels - ShapeCardView.SAMPLES_SHOWN));
      assertTrue(
          sample.startsWith("label_0_amperometry 0.42  label_1_amperometry 0.42")
              && sample.endsWith(more),
          sample);
      assertEquals(ShapeCardView.SAMPLES_SHOWN, sample.split("0\\.42").length - 1, sample);
      // And the input's shape reads on one line, not a word a line beside the long sample
      Label input = (Label) FxQueries.byId(robot, "shape-input");
      double width = FxQueries.onFx(() -> ((Region) input.getParent()).getWidth());
      assertTrue(width > 200, "input box " + width + " px wide with " + labels + " labels");
      double lines = FxQueries.onFx(() -> input.getHeight() / (1.5 * input.getFont().getSize()));
      assertTrue(lines < 1.5, "the input's shape took " + lines + " lines with " + labels);
    }
  }
}
