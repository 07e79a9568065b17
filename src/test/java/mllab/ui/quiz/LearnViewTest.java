package mllab.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.pipeline.Step;
import mllab.quiz.Question;
import mllab.quiz.QuestionKind;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import mllab.ui.common.Styles;
import mllab.ui.shell.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LearnViewTest {

  @TempDir Path folder;

  private Stage stage;
  private LearnViewModel model;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private void show(FxRobot robot) {
    robot.interact(
        () -> {
          model =
              new LearnViewModel(
                  new SessionModel(Lesson.session(), BackgroundRunner.sameThread()),
                  new ProgressStore(folder));
          Scene scene = new Scene((Parent) new LearnView(model).createView(), 1280, 800);
          Theme.LIGHT.apply(scene);
          scene.getRoot().getStyleClass().add(Styles.APP);
          stage.setScene(scene);
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private static boolean visible(FxRobot robot, String query) {
    Node n = robot.lookup(query).query();
    for (Node p = n; p != null; p = p.getParent()) {
      if (!p.isVisible()) {
        return false;
      }
    }
    return n.getScene() != null;
  }

  private Question current() {
    return model.question().questionProperty().get();
  }

  @Test
  void practiceQuestionByKeyboardOnly(FxRobot robot) {
    // Given the menu, the student tabs to "Practice" and presses Space
    show(robot);
    Button practice = robot.lookup("#entry-practice").queryButton();
    for (int i = 0; i < 6 && !practice.isFocused(); i++) {
      robot.type(KeyCode.TAB);
    }
    assertTrue(practice.isFocused());
    robot.type(KeyCode.SPACE);
    assertEquals(Text.get("learn.position", 1, 13), text(robot, "#" + NodeIds.POSITION_LABEL));
    Question q = current();
    int wrong = (q.answerIndex() + 1) % q.options().size();

    // When the student presses a wrong letter and Enter
    robot.type(KeyCode.valueOf(Question.letter(wrong)));
    robot.type(KeyCode.ENTER);

    // Then the wrong option's feedback shows and the solution does not
    assertTrue(robot.lookup("#option-" + wrong).queryAs(ToggleButton.class).isSelected());
    assertTrue(text(robot, "#feedback-label").startsWith("Not quite"));
    assertTrue(visible(robot, "#option-feedback-" + wrong));
    assertEquals(
        "Your choice: " + q.feedback().get(wrong), text(robot, "#option-feedback-" + wrong));
    assertFalse(visible(robot, "#solution-box"));

    // When they ask for the hint with H, then pick the right answer by number and press Enter
    robot.type(KeyCode.H);
    assertTrue(visible(robot, "#hint-box"));
    assertEquals(q.hint(), text(robot, "#hint-box"));
    robot.type(KeyCode.valueOf("DIGIT" + (q.answerIndex() + 1)));
    robot.type(KeyCode.ENTER);

    // Then it is marked right and the worked solution is revealed
    assertTrue(text(robot, "#feedback-label").startsWith("Correct"));
    assertTrue(visible(robot, "#solution-box"));
    assertTrue(
        robot
            .lookup("#solution-box")
            .lookup((Label l) -> l.getText().equals("Step 1 · " + q.solution().get(0).title()))
            .tryQuery()
            .isPresent());
    assertEquals("Correct answer.", text(robot, "#option-feedback-" + q.answerIndex()));

    // When Enter is pressed again, the next question comes, ready for keys again
    robot.type(KeyCode.ENTER);
    assertEquals(Text.get("learn.position", 2, 13), text(robot, "#" + NodeIds.POSITION_LABEL));
    Question second = current();
    robot.type(KeyCode.valueOf(Question.letter(second.answerIndex())));
    robot.type(KeyCode.ENTER);
    assertTrue(text(robot, "#feedback-label").startsWith("Correct"));
  }

  @Test
  void optionsHaveAccessibleNamesAndIds(FxRobot robot) {
    show(robot);
    robot.clickOn("#entry-model-quiz");
    Question q = current();
    for (int i = 0; i < q.options().size(); i++) {
      ToggleButton option = robot.lookup("#option-" + i).queryAs(ToggleButton.class);
      assertEquals(
          "Option " + Question.letter(i) + ": " + q.options().get(i), option.getAccessibleText());
      assertTrue(option.isFocusTraversable());
    }
    assertTrue(robot.lookup("#option-0").queryAs(ToggleButton.class).isFocused());
  }

  @Test
  void fullTestShowsScoreBreakdownAndReview(FxRobot robot) {
    // Given the 10-question test, answered right exactly on questions 1, 2 and 4
    show(robot);
    robot.clickOn("#entry-test");
    Set<Integer> rightOnes = Set.of(1, 2, 4);
    List<Question> asked = new ArrayList<>();
    for (int n = 1; n <= 10; n++) {
      assertEquals("Question " + n + " of 10", text(robot, "#" + NodeIds.POSITION_LABEL));
      assertFalse(visible(robot, "#hint-button"));
      Question q = current();
      asked.add(q);
      boolean right = rightOnes.contains(n);
      if (q.kind() == QuestionKind.CHOICE) {
        int pick = right ? q.answerIndex() : (q.answerIndex() + 1) % q.options().size();
        robot.clickOn("#option-" + pick);
        assertEquals(pick, model.question().selectedProperty().get(), "selected at " + n);
        assertFalse(robot.lookup("#check-button").queryButton().isDisabled(), "enabled " + n);
        robot.clickOn("#check-button");
      } else {
        // A numeric answer is typed and submitted with Enter
        String typed = QuestionModel.formatNumber(q.numericAnswer() + (right ? 0 : 1));
        robot.clickOn("#numeric-answer").write(typed).type(KeyCode.ENTER);
      }
    }

    // Then the score and both breakdowns are on screen
    assertEquals("3 of 10 correct (30%)", text(robot, "#" + NodeIds.SCORE_LABEL));
    assertEquals("1 / 2", text(robot, "#difficulty-score-easy"));
    assertEquals("1 / 5", text(robot, "#difficulty-score-medium"));
    assertEquals("1 / 3", text(robot, "#difficulty-score-hard"));
    assertEquals("1 / 1", text(robot, "#step-score-raw-data"));
    assertEquals("1 / 2", text(robot, "#step-score-preprocessing"));
    assertEquals("1 / 2", text(robot, "#step-score-split"));
    assertEquals("0 / 2", text(robot, "#step-score-training"));
    assertEquals("0 / 3", text(robot, "#step-score-evaluation"));

    // And every question is reviewed with the chosen and the correct answer
    VBox review = robot.lookup("#" + NodeIds.REVIEW_LIST).queryAs(VBox.class);
    assertEquals(10, review.getChildren().size());
    Question third = asked.get(2);
    int wrongPick = (third.answerIndex() + 1) % third.options().size();
    assertEquals(
        "Your answer: " + Question.letter(wrongPick) + " — " + third.options().get(wrongPick),
        robot.lookup("#review-chosen-2").query().getAccessibleText());
    assertEquals(
        "Correct answer: " + third.correctAnswerText(),
        robot.lookup("#review-correct-2").query().getAccessibleText());
    assertTrue(robot.lookup("#review-item-0").query().getStyleClass().contains("quiz-right"));
    assertTrue(robot.lookup("#review-item-2").query().getStyleClass().contains("quiz-wrong"));

    // And the keyboard is on "Review what I missed"; the menu shows the best score
    assertTrue(robot.lookup("#result-review-button").queryButton().isFocused());
    robot.clickOn("#result-back-button");
    assertTrue(text(robot, "#" + NodeIds.PROGRESS_SUMMARY).endsWith("best score 3/10."));
    assertEquals(
        "7 missed questions come first, then the rest.", text(robot, "#" + NodeIds.MISSED_NOTE));
  }

  @Test
  void testQuestionTakesAFractionAndExplainsWhatItCannotRead(FxRobot robot) {
    // Given the 10-question test, answered up to its numeric question
    show(robot);
    robot.clickOn("#entry-test");
    for (int n = 1; current().kind() == QuestionKind.CHOICE; n++) {
      assertTrue(n < 10, "the test has a numeric question");
      robot.clickOn("#option-0");
      robot.clickOn("#check-button");
    }
    String position = text(robot, "#" + NodeIds.POSITION_LABEL);
    // (the network-parameters question: 404, which a student may well write as a fraction)
    assertEquals(404, current().numericAnswer(), current().tolerance());

    // When the student types words and presses Enter
    robot.clickOn("#numeric-answer").write("a third").type(KeyCode.ENTER);

    // Then the question stays and a message says what is expected
    assertEquals(position, text(robot, "#" + NodeIds.POSITION_LABEL));
    assertTrue(visible(robot, "#feedback-label"));
    assertEquals(
        "\"a third\" is not a number I can read. Type a decimal (0.25), a fraction (1/4)"
            + " or a percentage (25%), then press Enter.",
        text(robot, "#feedback-label"));

    // When they type a fraction instead, the message goes and Enter submits it
    robot.eraseText(7).write("808/2");
    assertFalse(visible(robot, "#feedback-label"));
    robot.type(KeyCode.ENTER);
    assertFalse(position.equals(text(robot, "#" + NodeIds.POSITION_LABEL)), "moved on");

    // And at the end, the review marks "808/2" right
    int numeric = Integer.parseInt(position.split(" ")[1]) - 1;
    while (model.pageProperty().get() == LearnViewModel.Page.QUESTION) {
      robot.clickOn("#option-0");
      robot.clickOn("#check-button");
    }
    assertTrue(
        robot.lookup("#review-item-" + numeric).query().getStyleClass().contains("quiz-right"));
  }

  @Test
  void progressSurvivesARestart(FxRobot robot) {
    show(robot);
    robot.clickOn("#entry-model-quiz");
    robot.clickOn("#option-" + current().answerIndex());
    robot.clickOn("#check-button");
    robot.clickOn("#" + NodeIds.BACK_BUTTON);

    show(robot);

    assertEquals(
        "1 question tried, 1 right on the first try. No test taken yet.",
        text(robot, "#" + NodeIds.PROGRESS_SUMMARY));
    assertFalse(visible(robot, "#" + NodeIds.PROGRESS_BANNER));
  }

  @Test
  void truncatedProgressFileShowsABannerOnceAndTheScreenCarriesOn(FxRobot robot) throws Exception {
    Files.writeString(folder.resolve(ProgressStore.FILE_NAME), "{\"version\": 1, \"atte");

    show(robot);

    assertTrue(visible(robot, "#" + NodeIds.PROGRESS_BANNER));
    assertTrue(text(robot, "#" + NodeIds.PROGRESS_BANNER).contains("damaged"));
    robot.clickOn("#banner-close");
    assertFalse(visible(robot, "#" + NodeIds.PROGRESS_BANNER));
    robot.clickOn("#entry-practice");
    assertEquals(Text.get("learn.position", 1, 13), text(robot, "#" + NodeIds.POSITION_LABEL));

    show(robot);
    assertFalse(visible(robot, "#" + NodeIds.PROGRESS_BANNER));
  }

  @Test
  void fromYourRunIsLockedUntilTraining(FxRobot robot) {
    show(robot);
    assertTrue(robot.lookup("#entry-from-run").queryAs(Button.class).isDisabled());
    assertTrue(text(robot, "#" + NodeIds.RUN_NOTE).equals(Text.get("learn.run.locked")));
  }

  @Test
  void tryItOpensTheStep(FxRobot robot) {
    show(robot);
    List<Step> opened = new ArrayList<>();
    model.setOnOpenStep(opened::add);
    robot.clickOn("#entry-model-quiz");
    robot.clickOn("#try-it-button");
    assertEquals(List.of(LearnViewModel.stepOf(current())), opened);
  }

  @Test
  void retryAndShowSolutionByClicking(FxRobot robot) {
    show(robot);
    robot.clickOn("#entry-model-quiz");
    Question q = current();
    int wrong = (q.answerIndex() + 1) % q.options().size();
    robot.clickOn("#option-" + wrong);
    robot.clickOn("#check-button");
    assertTrue(visible(robot, "#retry-button"));

    robot.clickOn("#retry-button");
    assertFalse(robot.lookup("#option-" + wrong).queryAs(ToggleButton.class).isSelected());
    assertFalse(visible(robot, "#feedback-label"));
    robot.clickOn("#solution-button");

    assertTrue(visible(robot, "#solution-box"));
    assertFalse(visible(robot, "#solution-button"));
    assertEquals(q.feedback().get(wrong), text(robot, "#option-feedback-" + wrong));
  }
}
