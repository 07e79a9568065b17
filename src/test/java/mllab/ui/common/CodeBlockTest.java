package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mllab.ui.FxQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Python code in a narrow column keeps its lines whole and scrolls sideways, also by keyboard. */
@ExtendWith(ApplicationExtension.class)
class CodeBlockTest {

  private static final String CODE =
      "import numpy as np\n"
          + "from sklearn.metrics import f1_score, hamming_loss, jaccard_score, accuracy_score\n"
          + "print(round(float(Y.sum(axis=1).mean()), 3))  # label cardinality\n";

  private Label code;
  private ScrollPane block;

  @Start
  void start(Stage stage) {
    code = new Label(CODE);
    block = CodeBlock.of(code);
    VBox column = new VBox(block);
    column.setPrefWidth(300);
    stage.setScene(new Scene(column, 300, 400));
    stage.show();
  }

  @Test
  void longLinesStayWholeAndScrollSidewaysWithTheArrowKeys(FxRobot robot) {
    // Then the three lines take three lines, none wrapped in the 300 px column
    double lines = FxQueries.onFx(() -> code.getHeight() / (code.getFont().getSize() * 1.2));
    assertTrue(lines < 3.6, "the code took " + lines + " lines");
    assertTrue(FxQueries.onFx(() -> code.getWidth() > 300), "the long line was cut or wrapped");
    // And the block is tall enough that its scroll bar does not cover the last line
    assertTrue(
        FxQueries.onFx(() -> block.getHeight() >= code.getHeight()),
        "the block is shorter than its code");

    // When a student clicks the code and presses the right arrow
    robot.clickOn(block);
    robot.type(KeyCode.RIGHT, 5);

    // Then the code has scrolled to the right
    assertTrue(FxQueries.onFx(() -> block.getHvalue() > 0), "the code did not scroll");
  }
}
