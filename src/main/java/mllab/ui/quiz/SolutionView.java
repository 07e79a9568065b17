package mllab.ui.quiz;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mllab.quiz.Question;
import mllab.quiz.SolutionStep;
import mllab.text.Text;
import mllab.ui.common.Styles;

/**
 * The teaching part of a question, once it may be shown: the worked solution in titled steps, the
 * final answer, a quick check to try next, and the common mistakes.
 */
final class SolutionView {

  private SolutionView() {}

  /** A box with every part of {@code q}'s solution; the caller sets its id. */
  static VBox of(Question q) {
    VBox box = new VBox(10);
    box.getStyleClass().add(Styles.SOLUTION);
    Label title = new Label(Text.get("learn.solution.title"));
    title.getStyleClass().add(Styles.CARD_TITLE);
    box.getChildren().add(title);
    int number = 1;
    for (SolutionStep step : q.solution()) {
      Label stepTitle =
          new Label(Text.get("learn.solution.step", String.valueOf(number++), step.title()));
      stepTitle.getStyleClass().add(Styles.SOLUTION_STEP_TITLE);
      stepTitle.setWrapText(true);
      box.getChildren().add(new VBox(4, stepTitle, QuestionText.render(step.text())));
    }
    box.getChildren()
        .add(section(Text.get("learn.solution.answer"), QuestionText.render(q.finalAnswer())));
    box.getChildren()
        .add(section(Text.get("learn.solution.quickCheck"), QuestionText.render(q.quickCheck())));
    VBox mistakes = new VBox(4);
    for (String m : q.mistakes()) {
      Label bullet = new Label("•");
      bullet.setMinWidth(18);
      mistakes.getChildren().add(new HBox(4, bullet, QuestionText.render(m)));
    }
    box.getChildren().add(section(Text.get("learn.solution.mistakes"), mistakes));
    return box;
  }

  private static VBox section(String heading, Node content) {
    Label label = new Label(heading);
    label.getStyleClass().add(Styles.SOLUTION_STEP_TITLE);
    return new VBox(4, label, content);
  }
}
