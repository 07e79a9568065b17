package mllab.ui.quiz;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mllab.quiz.Answer;
import mllab.quiz.AnswerCheck;
import mllab.quiz.Question;
import mllab.quiz.QuestionKind;
import mllab.quiz.QuizSession;
import mllab.text.Text;

/**
 * The state of answering one question: the chosen option or typed number, the hint, the result of a
 * check with the feedback for each option, and whether the worked solution is shown.
 *
 * <p>It works on the current question of a {@link QuizSession}. In practice mode {@link #check()}
 * goes through the session, so first tries are recorded; in test mode the model only collects the
 * answer ({@link #answer()}) and the owner submits it. Used by the Learn screen and by the "check
 * yourself" card at the bottom of a step screen.
 */
public final class QuestionModel {

  /** How an option looks after checking. */
  public enum OptionState {
    /** Not judged (before checking, or another option was chosen). */
    PLAIN,
    /** Chosen and wrong: its feedback names the mistake. */
    WRONG,
    /** The correct option, shown once it was chosen or the solution was revealed. */
    RIGHT,
    /** A wrong option not chosen, shown with its feedback once the solution is revealed. */
    OTHER
  }

  private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper testMode = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
  private final StringProperty numericText = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper hintShown = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper solved = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper solutionShown = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper messageIsGood = new ReadOnlyBooleanWrapper();
  private final ObservableList<OptionState> optionStates = FXCollections.observableArrayList();
  private final ObservableList<OptionState> readOnlyStates =
      FXCollections.unmodifiableObservableList(optionStates);
  private final BooleanBinding hasAnswer;
  private final BooleanBinding canCheck;
  private QuizSession session;
  private Runnable onAnswered = () -> {};

  public QuestionModel() {
    hasAnswer =
        Bindings.createBooleanBinding(
            () ->
                question.get() != null
                    && (question.get().kind() == QuestionKind.CHOICE
                        ? selected.get() >= 0
                        : !numericText.get().isBlank()),
            question,
            selected,
            numericText);
    canCheck = hasAnswer.and(solved.not()).and(checked.not().or(testMode));
    // Typing a new number after a wrong check starts a new try.
    numericText.addListener(
        (o, a, b) -> {
          if (checked.get() && !solved.get()) {
            clearCheck();
          } else if (!checked.get()) {
            // A "not a number" message is about the text that was there: typing answers it.
            message.set("");
          }
        });
  }

  /** A model for a single practice question, as the "check yourself" card uses it. */
  public static QuestionModel single(Question question) {
    QuestionModel model = new QuestionModel();
    model.show(QuizSession.practice(List.of(question)));
    return model;
  }

  /** Called after every check or reveal in practice mode (the owner saves progress then). */
  public void setOnAnswered(Runnable onAnswered) {
    this.onAnswered = onAnswered == null ? () -> {} : onAnswered;
  }

  /** Shows the current question of {@code quiz}, with nothing chosen yet. */
  public void show(QuizSession quiz) {
    this.session = quiz;
    Question q = quiz.current();
    testMode.set(quiz.mode() == QuizSession.Mode.TEST);
    solved.set(false);
    selected.set(-1);
    numericText.set("");
    hintShown.set(false);
    solutionShown.set(false);
    optionStates.setAll(Collections.nCopies(q.options().size(), OptionState.PLAIN));
    question.set(q);
    clearCheck();
  }

  /** Chooses option {@code index} (0 = A); ignored when out of range or already solved. */
  public void select(int index) {
    Question q = question.get();
    if (q == null || index < 0 || index >= q.options().size() || solved.get()) {
      return;
    }
    if (checked.get() && !testMode.get()) {
      clearCheck();
    }
    selected.set(index);
  }

  /** The answer given so far, if any; a typed text that is not a number gives none. */
  public Optional<Answer> answer() {
    Question q = question.get();
    if (q == null) {
      return Optional.empty();
    }
    if (q.kind() == QuestionKind.CHOICE) {
      return selected.get() < 0 ? Optional.empty() : Optional.of(Answer.choice(selected.get()));
    }
    return parseNumber(numericText.get()).map(Answer::number);
  }

  /**
   * The answer given so far; when the typed text is not a number, empty after saying on screen what
   * is expected (a decimal, a fraction or a percentage), so Enter never does nothing silently.
   */
  public Optional<Answer> answerOrExplain() {
    Optional<Answer> answer = answer();
    Question q = question.get();
    if (answer.isEmpty() && q != null && q.kind() == QuestionKind.NUMERIC) {
      String typed = numericText.get().strip();
      message.set(
          typed.isEmpty()
              ? Text.get("learn.answer.empty")
              : Text.get("learn.answer.notANumber", typed));
      messageIsGood.set(false);
    }
    return answer;
  }

  /**
   * Practice: checks the answer, shows whether it is right and the feedback for the chosen option,
   * and reveals the worked solution once it is right.
   */
  public void check() {
    if (testMode.get() || !canCheck.get()) {
      return;
    }
    Optional<Answer> answer = answerOrExplain();
    if (answer.isEmpty()) {
      return;
    }
    AnswerCheck result = session.check(answer.get());
    checked.set(true);
    if (result.correct()) {
      solved.set(true);
      message.set(
          result.attempt() == 1
              ? Text.get("learn.answer.correct")
              : Text.get("learn.answer.correctOnTry", String.valueOf(result.attempt())));
      messageIsGood.set(true);
      markOptions();
      solutionShown.set(true);
    } else {
      message.set(
          selected.get() >= 0
              ? Text.get("learn.answer.wrongOption", letter(selected.get()))
              : Text.get("learn.answer.wrong"));
      messageIsGood.set(false);
      if (selected.get() >= 0) {
        optionStates.set(selected.get(), OptionState.WRONG);
      }
    }
    onAnswered.run();
  }

  /** Practice: shows the hint. */
  public void showHint() {
    if (!testMode.get() && question.get() != null) {
      hintShown.set(true);
    }
  }

  /** Practice: clears a wrong answer so the student can try again. */
  public void retry() {
    if (testMode.get() || solved.get()) {
      return;
    }
    selected.set(-1);
    numericText.set("");
    clearCheck();
  }

  /** Practice: reveals the worked solution and every option's feedback. */
  public void revealSolution() {
    if (testMode.get() || question.get() == null || solutionShown.get()) {
      return;
    }
    session.revealSolution();
    solutionShown.set(true);
    markOptions();
    onAnswered.run();
  }

  private void markOptions() {
    Question q = question.get();
    for (int i = 0; i < q.options().size(); i++) {
      OptionState state =
          i == q.answerIndex()
              ? OptionState.RIGHT
              : i == selected.get() && checked.get() ? OptionState.WRONG : OptionState.OTHER;
      optionStates.set(i, state);
    }
  }

  private void clearCheck() {
    checked.set(false);
    message.set("");
    messageIsGood.set(false);
    if (!solutionShown.get()) {
      optionStates.replaceAll(s -> OptionState.PLAIN);
    }
  }

  /** Accepts "0.25", "0,25", ".25", "1/4" and "25%"; empty for anything else. */
  static Optional<Double> parseNumber(String text) {
    return mllab.quiz.TypedNumber.parse(text);
  }

  public ReadOnlyObjectProperty<Question> questionProperty() {
    return question.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty testModeProperty() {
    return testMode.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** The typed answer of a numeric question (the text field edits it). */
  public StringProperty numericTextProperty() {
    return numericText;
  }

  public ReadOnlyBooleanProperty hintShownProperty() {
    return hintShown.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty checkedProperty() {
    return checked.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty solvedProperty() {
    return solved.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty solutionShownProperty() {
    return solutionShown.getReadOnlyProperty();
  }

  /** "Correct!" or "Not quite. …" after a check; empty before. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** True when {@link #messageProperty()} reports a right answer. */
  public ReadOnlyBooleanProperty messageIsGoodProperty() {
    return messageIsGood.getReadOnlyProperty();
  }

  /** One state per option, aligned with the question's options. */
  public ObservableList<OptionState> optionStates() {
    return readOnlyStates;
  }

  /** True when "check" would do something. */
  public BooleanBinding canCheckBinding() {
    return canCheck;
  }

  /** True when "try again" would do something: a wrong answer was checked. */
  public BooleanBinding canRetryBinding() {
    return checked.and(solved.not()).and(testMode.not());
  }

  /** "0.005", "2", "0.3333": a tolerance or value without trailing zeros. */
  static String formatNumber(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The label of a letter for keyboard hints and accessible names: "A", "B", …. */
  static String letter(int index) {
    return Question.letter(index);
  }
}
