package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mllab.pipeline.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each step's lesson text shows its takeaway in a box of its own, not as a warning. */
@ExtendWith(ApplicationExtension.class)
class KeyInsightBoxTest {

  private VBox lessons;

  @Start
  void start(Stage stage) {
    lessons = new VBox(8);
    for (Step step : Step.values()) {
      VBox one = MarkdownView.render(StepLayout.lesson(step));
      one.setId("lesson-" + step.name());
      lessons.getChildren().add(one);
    }
    lessons.getChildren().add(MarkdownView.render("> Careful: this is a warning."));
    stage.setScene(new Scene(new javafx.scene.control.ScrollPane(lessons), 800, 600));
    stage.show();
  }

  @Test
  void everyLessonHasOneKeyInsightBoxThatAScreenReaderReads(FxRobot robot) {
    for (Step step : Step.values()) {
      Set<Node> boxes =
          robot
              .from(robot.lookup("#lesson-" + step.name()))
              .lookup("." + MarkdownView.KEY_INSIGHT_STYLE)
              .queryAll();
      assertEquals(1, boxes.size(), step.name());
      Node box = boxes.iterator().next();
      assertTrue(box.getStyleClass().contains(Styles.INFO));
      assertTrue(box.getAccessibleText().startsWith("Key insight."), box.getAccessibleText());
    }
    // and an ordinary quote stays a warning
    Node warning = ((VBox) lessons.getChildren().get(Step.values().length)).getChildren().get(0);
    assertTrue(warning.getStyleClass().contains(Styles.WARNING));
  }
}
