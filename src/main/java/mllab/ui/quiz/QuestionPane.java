package mllab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import mllab.quiz.Question;
import mllab.quiz.QuestionKind;
import mllab.text.Text;
import mllab.ui.common.MarkdownView;
import mllab.ui.common.Styles;
import mllab.ui.quiz.QuestionModel.OptionState;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The nodes for answering one question: prompt, options (or a number field), the check message, the
 * hint, the buttons and the worked solution. Keys: A–D or 1–4 choose, Enter checks, H shows the
 * hint. Every id carries a prefix so that two panes can live in one window.
 */
final class QuestionPane {

  /**
   * Node property set on every node whose keys choose options: a window-wide shortcut that uses the
   * digit keys (1–5 for the steps) should leave them alone when the focus is inside such a node.
   */
  static final String OWNS_DIGIT_KEYS = "mllab.quiz.ownsDigitKeys";

  private final QuestionModel model;
  private final String prefix;
  private final Runnable primary;
  private final VBox root = new VBox(12);
  private final Label meta = new Label();
  private final VBox prompt = new VBox();
  private final VBox options = new VBox(8);
  private final List<ToggleButton> optionButtons = new ArrayList<>();
  private final List<VBox> optionBoxes = new ArrayList<>();
  private final List<Label> optionFeedback = new ArrayList<>();
  private final TextField numeric = new TextField();
  private final Label tolerance = new Label();
  private final VBox numericBox = new VBox(6);
  private final Label message = new Label();
  private final Label hint = new Label();
  private final HBox actions = new HBox(10);
  private final VBox solution = new VBox();

  /**
   * {@code prefix} is put before every id: "" on the Learn screen, "check-yourself-" in a card.
   * {@code primary} is what the check button and Enter do: check in practice, submit in a test.
   */
  QuestionPane(QuestionModel model, String prefix, Runnable primary) {
    this.model = model;
    this.prefix = prefix;
    this.primary = primary;
  }

  /** The row of buttons, for the owner to add its own (Next, Try it, …). */
  HBox actions() {
    return actions;
  }

  Node createView() {
    meta.getStyleClass().addAll(Styles.QUIZ_META, Styles.MUTED);
    meta.setId(prefix + "question-meta");
    prompt.setId(prefix + "question-prompt");
    prompt.getStyleClass().add(Styles.QUIZ_PROMPT);
    options.setId(prefix + "options");
    buildNumericBox();
    buildMessages();

    Button hintButton =
        button(
            "hint-button",
            Text.get("learn.hint"),
            Material2AL.LIGHTBULB,
            Text.get("learn.hint.accessible"),
            Text.get("learn.hint.tooltip"));
    hintButton.setOnAction(e -> model.showHint());
    Button check =
        button(
            "check-button",
            Text.get("learn.check"),
            Material2AL.CHECK,
            Text.get("learn.check.accessible"),
            Text.get("learn.check.tooltip"));
    check.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
    check.setOnAction(e -> primary.run());
    Button retry =
        button(
            "retry-button",
            Text.get("learn.retry"),
            Material2MZ.REPLAY,
            Text.get("learn.retry"),
            Text.get("learn.retry.tooltip"));
    retry.setOnAction(e -> model.retry());
    Button reveal =
        button(
            "solution-button",
            Text.get("learn.reveal"),
            Material2MZ.VISIBILITY,
            Text.get("learn.reveal.accessible"),
            Text.get("learn.reveal.tooltip"));
    reveal.setOnAction(e -> model.revealSolution());
    actions.getChildren().addAll(check, hintButton, retry, reveal);
    actions.setId(prefix + "question-actions");

    solution.setId(prefix + "solution-box");

    root.getChildren().addAll(meta, prompt, options, numericBox, message, hint, actions, solution);
    root.getStyleClass().add(Styles.LEARN);
    bind(hintButton, check, retry, reveal);
    return root;
  }

  /** The number field for a numeric question, with its label and tolerance. */
  private void buildNumericBox() {
    Label numericLabel = new Label(Text.get("learn.numeric.label"));
    numericLabel.setLabelFor(numeric);
    numeric.setId(prefix + "numeric-answer");
    numeric.setPromptText(Text.get("learn.numeric.prompt"));
    numeric.setAccessibleText(Text.get("learn.numeric.accessible"));
    numeric.setTooltip(new Tooltip(Text.get("learn.numeric.tooltip")));
    numeric.setMaxWidth(260);
    numeric.textProperty().bindBidirectional(model.numericTextProperty());
    tolerance.getStyleClass().add(Styles.MUTED);
    numericBox.getChildren().addAll(numericLabel, numeric, tolerance);
  }

  /** The check message and the hint, shown when the model says so. */
  private void buildMessages() {
    message.setId(prefix + "feedback-label");
    message.getStyleClass().add(Styles.QUIZ_MESSAGE);
    message.setWrapText(true);
    message.setMaxWidth(Double.MAX_VALUE);
    hint.setId(prefix + "hint-box");
    hint.getStyleClass().add(Styles.QUIZ_HINT);
    hint.setWrapText(true);
    hint.setMaxWidth(Double.MAX_VALUE);
    hint.setGraphic(new FontIcon(Material2AL.LIGHTBULB));
  }

  /** Puts the keyboard focus on the first option or the number field. */
  void focusAnswer() {
    if (numericBox.isVisible()) {
      numeric.requestFocus();
    } else if (!optionButtons.isEmpty()) {
      optionButtons.get(0).requestFocus();
    }
  }

  private void bind(Button hintButton, Button check, Button retry, Button reveal) {
    show(hintButton, model.testModeProperty().not());
    hintButton.disableProperty().bind(model.hintShownProperty());
    check.disableProperty().bind(model.canCheckBinding().not());
    check
        .textProperty()
        .bind(
            Bindings.when(model.testModeProperty())
                .then(Text.get("learn.submit"))
                .otherwise(Text.get("learn.check")));
    show(retry, model.canRetryBinding());
    show(reveal, model.testModeProperty().not().and(model.solutionShownProperty().not()));
    show(hint, model.hintShownProperty());
    show(message, model.messageProperty().isNotEmpty());
    message.textProperty().bind(model.messageProperty());
    model.messageIsGoodProperty().addListener((o, a, good) -> styleMessage());
    model.messageProperty().addListener((o, a, b) -> styleMessage());
    show(solution, model.solutionShownProperty());
    model.solutionShownProperty().addListener((o, a, shown) -> fillSolution());
    model.questionProperty().addListener((o, a, q) -> showQuestion(q));
    model.selectedProperty().addListener((o, a, b) -> syncSelection());
    model.optionStates().addListener((ListChangeListener<OptionState>) c -> syncStates());
    showQuestion(model.questionProperty().get());
  }

  private void showQuestion(Question q) {
    optionButtons.clear();
    optionBoxes.clear();
    optionFeedback.clear();
    options.getChildren().clear();
    solution.getChildren().clear();
    if (q == null) {
      return;
    }
    meta.setText(
        Text.get("learn.question.meta", q.difficulty().title(), LearnViewModel.stepOf(q).title()));
    prompt.getChildren().setAll(QuestionText.render(q.prompt()));
    boolean numericQuestion = q.kind() == QuestionKind.NUMERIC;
    numericBox.setVisible(numericQuestion);
    numericBox.setManaged(numericQuestion);
    hint.setText(q.hint());
    tolerance.setText(
        numericQuestion
            ? Text.get("learn.numeric.tolerance", QuestionModel.formatNumber(q.tolerance()))
            : "");
    for (int i = 0; i < q.options().size(); i++) {
      options.getChildren().add(option(q, i));
    }
    syncSelection();
    syncStates();
    fillSolution();
  }

  private VBox option(Question q, int i) {
    String letter = QuestionModel.letter(i);
    Label letterLabel = new Label(letter);
    letterLabel.getStyleClass().add(Styles.QUIZ_OPTION_LETTER);
    letterLabel.setMinWidth(34);
    String text = q.options().get(i);
    ToggleButton button = new ToggleButton(text, letterLabel);
    // An option can name pos_weight or a label such as TAG_2005: its underscores are text, not
    // a keyboard mnemonic to hide.
    button.setMnemonicParsing(false);
    if (MarkdownView.hasMarkup(text)) {
      // Code and emphasis in an option are shown as such, not as raw backticks and asterisks.
      HBox shown = new HBox(12, letterLabel, MarkdownView.render(text));
      shown.setAlignment(Pos.CENTER_LEFT);
      button.setGraphic(shown);
      button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
      text = MarkdownView.plainText(text);
    }
    button.setWrapText(true);
    button.setGraphicTextGap(12);
    button.setTextAlignment(TextAlignment.LEFT);
    button.getStyleClass().add(Styles.QUIZ_OPTION);
    button.setId(prefix + "option-" + i);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setAlignment(Pos.CENTER_LEFT);
    button.setAccessibleText(Text.get("learn.option.accessible", letter, text));
    button.setTooltip(new Tooltip(Text.get("learn.option.tooltip", letter, String.valueOf(i + 1))));
    button.setOnAction(
        e -> {
          model.select(i);
          syncSelection();
        });
    Label feedback = new Label();
    feedback.setId(prefix + "option-feedback-" + i);
    feedback.getStyleClass().add(Styles.QUIZ_FEEDBACK);
    feedback.setWrapText(true);
    feedback.setMaxWidth(Double.MAX_VALUE);
    feedback.setVisible(false);
    feedback.setManaged(false);
    VBox box = new VBox(4, button, feedback);
    optionButtons.add(button);
    optionBoxes.add(box);
    optionFeedback.add(feedback);
    return box;
  }

  private void syncSelection() {
    for (int i = 0; i < optionButtons.size(); i++) {
      optionButtons.get(i).setSelected(i == model.selectedProperty().get());
    }
  }

  private void syncStates() {
    Question q = model.questionProperty().get();
    List<OptionState> states = model.optionStates();
    for (int i = 0; i < optionBoxes.size() && i < states.size(); i++) {
      OptionState state = states.get(i);
      VBox box = optionBoxes.get(i);
      box.getStyleClass().removeAll(Styles.QUIZ_RIGHT, Styles.QUIZ_WRONG);
      Label feedback = optionFeedback.get(i);
      boolean shown = state != OptionState.PLAIN;
      feedback.setVisible(shown);
      feedback.setManaged(shown);
      switch (state) {
        case RIGHT -> {
          box.getStyleClass().add(Styles.QUIZ_RIGHT);
          feedback.setText(Text.get("learn.option.right"));
          feedback.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
        }
        case WRONG -> {
          box.getStyleClass().add(Styles.QUIZ_WRONG);
          feedback.setText(Text.get("learn.option.wrong", q.feedback().get(i)));
          feedback.setGraphic(new FontIcon(Material2AL.CANCEL));
        }
        case OTHER -> {
          feedback.setText(q.feedback().get(i));
          feedback.setGraphic(new FontIcon(Material2AL.INFO));
        }
        case PLAIN -> feedback.setText("");
      }
    }
  }

  private void fillSolution() {
    Question q = model.questionProperty().get();
    if (q != null && model.solutionShownProperty().get() && solution.getChildren().isEmpty()) {
      solution.getChildren().add(SolutionView.of(q));
    } else if (!model.solutionShownProperty().get()) {
      solution.getChildren().clear();
    }
  }

  private void styleMessage() {
    message.getStyleClass().removeAll(Styles.QUIZ_RIGHT, Styles.QUIZ_WRONG);
    if (!model.messageProperty().get().isEmpty()) {
      boolean good = model.messageIsGoodProperty().get();
      message.getStyleClass().add(good ? Styles.QUIZ_RIGHT : Styles.QUIZ_WRONG);
      message.setGraphic(new FontIcon(good ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR));
    }
  }

  /** A–D / 1–4 choose, H hints, Enter on a button presses it and elsewhere runs the primary. */
  void installKeys(Node on) {
    QuestionKeys.install(on, model, optionButtons, primary);
  }

  private Button button(String id, String text, Ikon icon, String accessible, String tooltip) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(prefix + id);
    b.setAccessibleText(accessible);
    b.setTooltip(new Tooltip(tooltip));
    return b;
  }

  private static void show(Node node, ObservableBooleanValue when) {
    node.visibleProperty().bind(when);
    node.managedProperty().bind(node.visibleProperty());
  }
}
