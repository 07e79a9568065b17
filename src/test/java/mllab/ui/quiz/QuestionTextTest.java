package mllab.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import javafx.geometry.HPos;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mllab.ui.common.MarkdownView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class QuestionTextTest {

  @Start
  void start(Stage stage) {
    stage.show();
  }

  @Test
  void pipeTableBecomesAGridBetweenParagraphs() {
    // Given a prompt with a table between two paragraphs
    String md =
        "Counts per label:\n\n| label | TP |\n|---|---:|\n| beach | 90 |\n| snow | 1 |\n\n"
            + "What is **micro** F1?\n";

    // When it is rendered
    VBox box = QuestionText.render(md);

    // Then the table is a 2 × 3 grid with a right-aligned number column
    assertEquals(3, box.getChildren().size());
    GridPane grid = assertInstanceOf(GridPane.class, box.getChildren().get(1));
    assertEquals(6, grid.getChildren().size());
    assertEquals(HPos.LEFT, grid.getColumnConstraints().get(0).getHalignment());
    assertEquals(HPos.RIGHT, grid.getColumnConstraints().get(1).getHalignment());
    assertEquals(
        "Table with columns label, TP. Row 1: beach, 90. Row 2: snow, 1.",
        grid.getAccessibleText());
  }

  @Test
  void pipesInsideACodeBlockStayCode() {
    String md = "```\n| a | b |\n|---|---|\n```\n";

    VBox box = QuestionText.render(md);

    assertEquals(1, box.getChildren().size());
    assertEquals(
        MarkdownView.render(md).getChildren().size(),
        ((VBox) box.getChildren().get(0)).getChildren().size());
  }
}
