package mllab.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.quiz.Question;
import mllab.quiz.QuestionBank;
import mllab.quiz.QuestionStep;
import mllab.ui.common.Styles;
import mllab.ui.shell.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CheckYourselfCardTest {

  private final Question question =
      QuestionBank.builtIn().checkFor(QuestionStep.SPLIT).orElseThrow();

  @Start
  void start(Stage stage) {
    ScrollPane scroll = new ScrollPane(new CheckYourselfCard(question).createView());
    scroll.setFitToWidth(true);
    Scene scene = new Scene(scroll, 900, 700);
    Theme.LIGHT.apply(scene);
    scene.getRoot().getStyleClass().add(Styles.APP);
    stage.setScene(scene);
    stage.show();
  }

  private static boolean visible(FxRobot robot, String query) {
    Node n = robot.lookup(query).query();
    for (Node p = n; p != null; p = p.getParent()) {
      if (!p.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void answeredByKeyboardShowsFeedbackThenTheSolution(FxRobot robot) {
    // Given the split step's check question, with focus on its first option
    robot.clickOn("#check-yourself-option-0");
    int wrong = (question.answerIndex() + 1) % question.options().size();

    // When a wrong letter is pressed and Enter
    robot.type(KeyCode.valueOf(Question.letter(wrong)));
    robot.type(KeyCode.ENTER);

    // Then the feedback for that option shows
    assertEquals(
        "Your choice: " + question.feedback().get(wrong),
        robot.lookup("#check-yourself-option-feedback-" + wrong).queryAs(Label.class).getText());
    assertFalse(visible(robot, "#check-yourself-solution-box"));

    // When the right letter is pressed and Enter
    robot.type(KeyCode.valueOf(Question.letter(question.answerIndex())));
    robot.type(KeyCode.ENTER);

    // Then the solution is revealed
    assertTrue(visible(robot, "#check-yourself-solution-box"));
    assertTrue(
        robot
            .lookup("#check-yourself-feedback-label")
            .queryAs(Label.class)
            .getText()
            .startsWith("Correct"));
  }

  @Test
  void cardTellsWindowShortcutsThatItOwnsTheDigitKeys(FxRobot robot) {
    Node card = robot.lookup("#check-yourself-card").query();
    assertEquals(Boolean.TRUE, card.getProperties().get(LearnView.OWNS_DIGIT_KEYS));
  }

  @Test
  void everyStepHasACheckQuestion() {
    for (QuestionStep step : QuestionStep.values()) {
      assertTrue(QuestionBank.builtIn().checkFor(step).isPresent(), step.key());
    }
  }
}
