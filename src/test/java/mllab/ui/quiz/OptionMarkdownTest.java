package mllab.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import mllab.quiz.Question;
import mllab.quiz.QuestionBank;
import mllab.ui.common.Styles;
import mllab.ui.shell.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Options written with Markdown code show as code, not with their backticks. */
@ExtendWith(ApplicationExtension.class)
class OptionMarkdownTest {

  private final Question question =
      QuestionBank.builtIn().byId("practice-binary-label-vectors").orElseThrow();

  @Start
  void start(Stage stage) {
    QuestionModel model = QuestionModel.single(question);
    ScrollPane scroll = new ScrollPane(new QuestionPane(model, "md-", model::check).createView());
    scroll.setFitToWidth(true);
    Scene scene = new Scene(scroll, 900, 700);
    Theme.LIGHT.apply(scene);
    scene.getRoot().getStyleClass().add(Styles.APP);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void backticksInAnOptionAreRenderedAsCode(FxRobot robot) {
    for (int i = 0; i < question.options().size(); i++) {
      // Given an option written as `[[1, 0, 1], [0, 1, 0]]`
      ToggleButton option = robot.lookup("#md-option-" + i).queryAs(ToggleButton.class);
      // Then what is drawn is the graphic: the letter and the code, without backticks
      assertEquals(ContentDisplay.GRAPHIC_ONLY, option.getContentDisplay());
      List<javafx.scene.text.Text> shown = texts(option.getGraphic());
      String drawn = shown.stream().map(javafx.scene.text.Text::getText).reduce("", String::concat);
      assertFalse(drawn.contains("`"), drawn);
      assertTrue(shown.stream().anyMatch(t -> t.getStyleClass().contains("md-code")), drawn);
      // And a screen reader hears the option without backticks either
      String plain = question.options().get(i).replace("`", "");
      assertEquals("Option " + Question.letter(i) + ": " + plain, option.getAccessibleText());
    }
    // And the option is still chosen by a click
    robot.clickOn("#md-option-3");
    assertTrue(robot.lookup("#md-option-3").queryAs(ToggleButton.class).isSelected());
  }

  private static List<javafx.scene.text.Text> texts(Node node) {
    List<javafx.scene.text.Text> found = new ArrayList<>();
    if (node instanceof javafx.scene.text.Text t) {
      found.add(t);
    } else if (node instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(c -> found.addAll(texts(c)));
    }
    return found;
  }
}
