package mllab.ui.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mllab.pipeline.Step;
import mllab.quiz.QuestionStep;
import mllab.quiz.ReviewItem;
import mllab.quiz.Score;
import mllab.quiz.TestResult;
import mllab.text.Text;
import mllab.ui.common.MarkdownView;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import mllab.ui.quiz.LearnViewModel.Activity;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Learn screen's result page after a test: the score, the breakdown by difficulty and by step,
 * the buttons to go on, and a review of every question. It is filled anew for each result.
 */
final class LearnResultPage {

  private final LearnViewModel model;
  private final VBox resultPage = new VBox(14);
  private Button resultFocus = new Button();

  LearnResultPage(LearnViewModel model) {
    this.model = model;
  }

  /** The page's root node, {@code #result-page}. */
  VBox node() {
    return resultPage;
  }

  /** Where the keyboard goes when the page shows: the review button after a miss, else back. */
  Button focusTarget() {
    return resultFocus;
  }

  /** Shows {@code r}, or nothing when it is null. */
  void fill(TestResult r) {
    resultPage.getChildren().clear();
    if (r == null) {
      return;
    }
    Score total = r.total();
    VBox scoreCard = scoreCard(total);
    HBox breakdowns = breakdowns(r);

    VBox review = new VBox(12);
    review.setId(NodeIds.REVIEW_LIST);
    int i = 0;
    for (ReviewItem item : r.review()) {
      review.getChildren().add(reviewItem(item, i++));
    }

    HBox buttons = buttons(total);

    Label reviewTitle = new Label(Text.get("learn.result.reviewTitle"));
    reviewTitle.getStyleClass().add(Styles.CARD_TITLE);
    resultPage.getChildren().addAll(scoreCard, breakdowns, buttons, reviewTitle, review);
  }

  private static VBox scoreCard(Score total) {
    Label score =
        new Label(
            Text.get(
                "learn.result.score",
                String.valueOf(total.correct()),
                String.valueOf(total.total()),
                String.format(Locale.ROOT, "%.0f", 100 * total.fraction())));
    score.setId(NodeIds.SCORE_LABEL);
    score.getStyleClass().addAll(Styles.BIG_NUMBER, Styles.QUIZ_SCORE);
    Label missedLine =
        new Label(
            total.correct() == total.total()
                ? Text.get("learn.result.allRight")
                : Text.get("learn.result.someMissed", Activity.REVIEW.title()));
    missedLine.setWrapText(true);
    missedLine.getStyleClass().add(Styles.MUTED);
    return StepLayout.card(Text.get("learn.result.title"), score, missedLine);
  }

  private static HBox breakdowns(TestResult r) {
    GridPane byDifficulty =
        breakdown(
            "difficulty",
            r.byDifficulty().entrySet().stream()
                .map(e -> Map.entry(e.getKey().title(), Map.entry(e.getKey().key(), e.getValue())))
                .toList());
    GridPane byStep =
        breakdown(
            "step",
            r.byStep().entrySet().stream()
                .map(
                    e ->
                        Map.entry(stepTitle(e.getKey()), Map.entry(e.getKey().key(), e.getValue())))
                .toList());
    VBox difficultyCard = StepLayout.card(Text.get("learn.result.byDifficulty"), byDifficulty);
    VBox stepCard = StepLayout.card(Text.get("learn.result.byStep"), byStep);
    HBox.setHgrow(difficultyCard, Priority.ALWAYS);
    HBox.setHgrow(stepCard, Priority.ALWAYS);
    difficultyCard.setMaxWidth(Double.MAX_VALUE);
    stepCard.setMaxWidth(Double.MAX_VALUE);
    return new HBox(14, difficultyCard, stepCard);
  }

  /** Retake, review the missed ones, back; the keyboard goes to review after a miss. */
  private HBox buttons(Score total) {
    Button again =
        LearnView.iconButton(
            "retake-button",
            Text.get("learn.result.again"),
            Material2MZ.REPLAY,
            Text.get("learn.result.again"),
            Text.get("learn.result.againTooltip"));
    again.setOnAction(e -> model.start(Activity.TEST));
    Button missed =
        LearnView.iconButton(
            "result-review-button",
            Activity.REVIEW.title(),
            Material2MZ.SCHOOL,
            Activity.REVIEW.title(),
            Text.get("learn.result.reviewTooltip"));
    missed.setOnAction(e -> model.start(Activity.REVIEW));
    Button back =
        LearnView.iconButton(
            "result-back-button",
            Text.get("learn.back"),
            Material2AL.ARROW_BACK,
            Text.get("learn.back.accessible"),
            Text.get("learn.back.accessible"));
    back.setOnAction(e -> model.backToMenu());
    HBox buttons = new HBox(10, again, missed, back);
    resultFocus = total.correct() == total.total() ? back : missed;
    return buttons;
  }

  private static GridPane breakdown(
      String kind, List<Map.Entry<String, Map.Entry<String, Score>>> rows) {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    int row = 0;
    for (Map.Entry<String, Map.Entry<String, Score>> r : rows) {
      Score s = r.getValue().getValue();
      Label name = new Label(r.getKey());
      Label value =
          new Label(
              Text.get(
                  "learn.result.fraction", String.valueOf(s.correct()), String.valueOf(s.total())));
      value.setId(kind + "-score-" + r.getValue().getKey());
      value.getStyleClass().add(Styles.NUMBER);
      value.setAccessibleText(
          Text.get(
              "learn.result.fractionAccessible",
              r.getKey(),
              String.valueOf(s.correct()),
              String.valueOf(s.total())));
      ProgressBar bar = new ProgressBar(s.fraction());
      bar.setPrefWidth(120);
      bar.setAccessibleText(Text.get("learn.result.shareAccessible", r.getKey()));
      grid.addRow(row++, name, value, bar);
    }
    return grid;
  }

  /** A review line with an option in it: its code and emphasis shown as Markdown. */
  private static Node answerLine(String markdown, String id) {
    VBox line = MarkdownView.render(markdown);
    line.setId(id);
    line.setAccessibleText(MarkdownView.plainText(markdown));
    return line;
  }

  private static Node reviewItem(ReviewItem item, int index) {
    boolean right = item.correct();
    Label head =
        new Label(
            Text.get(
                "learn.review.head",
                String.valueOf(index + 1),
                right ? Text.get("learn.review.right") : Text.get("learn.review.wrong"),
                item.question().difficulty().title(),
                stepTitle(item.question().step())),
            new FontIcon(right ? Material2AL.CHECK_CIRCLE : Material2AL.CANCEL));
    head.getStyleClass().addAll(Styles.CARD_TITLE, right ? Styles.QUIZ_RIGHT : Styles.QUIZ_WRONG);
    Node chosen =
        answerLine(Text.get("learn.review.chosen", item.chosenText()), "review-chosen-" + index);
    Node correct =
        answerLine(Text.get("learn.review.correct", item.correctText()), "review-correct-" + index);
    VBox content = new VBox(10, QuestionText.render(item.question().prompt()), chosen, correct);
    if (!right) {
      item.question()
          .feedbackFor(item.chosen())
          .filter(f -> !f.isBlank())
          .ifPresent(
              f -> {
                Label why = new Label(Text.get("learn.review.whyNot", f));
                why.setWrapText(true);
                why.getStyleClass().add(Styles.QUIZ_FEEDBACK);
                content.getChildren().add(why);
              });
    }
    TitledPane solution =
        new TitledPane(Text.get("learn.solution.title"), SolutionView.of(item.question()));
    solution.setId("review-solution-" + index);
    solution.setExpanded(!right);
    solution.setAccessibleText(
        Text.get("learn.review.solutionAccessible", String.valueOf(index + 1)));
    content.getChildren().add(solution);
    VBox box = new VBox(8, head, content);
    box.getStyleClass()
        .addAll(
            Styles.CARD, Styles.QUIZ_REVIEW_ITEM, right ? Styles.QUIZ_RIGHT : Styles.QUIZ_WRONG);
    box.setId("review-item-" + index);
    return box;
  }

  private static String stepTitle(QuestionStep step) {
    return Step.valueOf(step.name()).title();
  }
}
