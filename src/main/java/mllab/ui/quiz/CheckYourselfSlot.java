package mllab.ui.quiz;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import mllab.quiz.Question;
import mllab.quiz.QuestionData;
import mllab.ui.common.SessionModel;

/**
 * Puts a step's "check yourself" card at the end of its screen, with the question's placeholders
 * filled from the dataset in use; when a dataset with another number of labels is opened, the card
 * is made again for it.
 */
public final class CheckYourselfSlot {

  private CheckYourselfSlot() {}

  /** Adds the card for {@code question} to the end of {@code content} and keeps it current. */
  public static void add(VBox content, Question question, SessionModel session) {
    int[] shownFor = {-1};
    Node[] card = {null};
    session.onChange(
        () -> {
          int labels = session.session().dataset().labelCount();
          if (labels == shownFor[0]) {
            return;
          }
          shownFor[0] = labels;
          Node made = new CheckYourselfCard(QuestionData.fill(question, labels)).createView();
          int at = card[0] == null ? -1 : content.getChildren().indexOf(card[0]);
          if (at < 0) {
            content.getChildren().add(made);
          } else {
            content.getChildren().set(at, made);
          }
          card[0] = made;
        });
  }
}
