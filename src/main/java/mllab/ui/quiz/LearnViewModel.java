package mllab.ui.quiz;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mllab.persist.ProgressStore;
import mllab.pipeline.Step;
import mllab.quiz.Answer;
import mllab.quiz.Progress;
import mllab.quiz.Question;
import mllab.quiz.QuestionBank;
import mllab.quiz.QuestionSet;
import mllab.quiz.QuizSession;
import mllab.quiz.TestResult;
import mllab.text.Text;
import mllab.ui.common.SessionModel;

/**
 * The Learn screen: a menu of activities (model quiz, practice, test, questions from the student's
 * own run, review of missed questions), the question being answered, and the result of a test.
 *
 * <p>Progress is loaded once from the {@link ProgressStore} and saved after every answered question
 * and every finished test (see {@link LearnProgress}). A failed save or a damaged progress file
 * never stops the screen; it shows a message in the banner.
 */
public final class LearnViewModel {

  /** What the screen shows. */
  public enum Page {
    MENU,
    QUESTION,
    RESULT
  }

  /** The activities on the menu. */
  public enum Activity {
    MODEL_QUIZ,
    PRACTICE,
    TEST,
    FROM_RUN,
    REVIEW;

    /** The menu's name for it, {@code learn.activity.<NAME>} in the bundle. */
    public String title() {
      String key = "learn.activity." + name();
      return Text.get(key);
    }
  }

  private final SessionModel sessionModel;
  private final ProgressStore store;
  private final LearnProgress progress;
  private final RunQuestions run;
  private final Clock clock;
  private QuestionBank bank;
  private final QuestionModel questionModel = new QuestionModel();

  private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.MENU);
  private final ReadOnlyObjectWrapper<Activity> activity = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper lastOutcome = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper("");
  private final ReadOnlyDoubleWrapper positionFraction = new ReadOnlyDoubleWrapper();
  private final ReadOnlyBooleanWrapper lastQuestion = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<TestResult> result = new ReadOnlyObjectWrapper<>();

  private QuizSession quiz;
  private Progress before = Progress.empty();
  private Consumer<Step> onOpenStep = step -> {};

  /**
   * The seed of an attempt's option order. By default it follows the progress record (answers given
   * and tests taken so far), so every new attempt gets a new order while the same record always
   * gives the same one: reproducible in a demo and in tests.
   */
  private java.util.function.ToLongFunction<Activity> attemptSeeds =
      which -> {
        Progress p = progressProperty().get();
        return 31L * (31L * p.attempts() + p.tests().size()) + which.ordinal();
      };

  public LearnViewModel(SessionModel sessionModel, ProgressStore store) {
    this(sessionModel, store, QuestionBank.builtIn(), Clock.systemUTC());
  }

  /** With the questions already read (the window shares one built-in bank). */
  public LearnViewModel(SessionModel sessionModel, ProgressStore store, QuestionBank bank) {
    this(sessionModel, store, bank, Clock.systemUTC());
  }

  /** As the public constructor, with the question bank and the clock that dates tests. */
  LearnViewModel(SessionModel sessionModel, ProgressStore store, QuestionBank bank, Clock clock) {
    this.sessionModel = sessionModel;
    this.store = store;
    this.bank = bank;
    this.clock = clock;
    this.progress = new LearnProgress(store, sessionModel.runner(), this::saveFailed);
    ProgressStore.LoadResult loaded = store.load();
    loaded.message().ifPresent(banner::set);
    setProgress(loaded.progress());
    questionModel.setOnAnswered(this::answered);
    this.run = new RunQuestions(sessionModel);
  }

  /** Tests fix the option order of every attempt by giving the seeds. */
  void setAttemptSeeds(java.util.function.LongSupplier seeds) {
    this.attemptSeeds = which -> seeds.getAsLong();
  }

  /** Where "Try it" goes: the lead wires it to the main window's navigation. */
  public void setOnOpenStep(Consumer<Step> onOpenStep) {
    this.onOpenStep = onOpenStep == null ? step -> {} : onOpenStep;
  }

  /** Starts an activity from the menu; "from your run" does nothing until the model is trained. */
  public void start(Activity which) {
    List<Question> questions =
        switch (which) {
          case MODEL_QUIZ -> bank.inSet(QuestionSet.QUIZ);
          case PRACTICE -> bank.inSet(QuestionSet.PRACTICE);
          case TEST -> bank.inSet(QuestionSet.TEST);
          case FROM_RUN -> run.questions();
          case REVIEW -> reviewQuestions();
        };
    if (questions.isEmpty()) {
      return;
    }
    long seed = attemptSeeds.applyAsLong(which);
    quiz =
        which == Activity.TEST
            ? QuizSession.test(questions, seed)
            : QuizSession.practice(questions, seed);
    before = progress.get();
    activity.set(which);
    result.set(null);
    lastOutcome.set("");
    showCurrent();
    page.set(Page.QUESTION);
  }

  /** Enter: check (practice), submit (test), or go on once the question is solved. */
  public void primaryAction() {
    if (page.get() != Page.QUESTION) {
      return;
    }
    if (isTest()) {
      submit();
    } else if (questionModel.solvedProperty().get()) {
      next();
    } else {
      questionModel.check();
    }
  }

  /** Test: records the chosen answer and moves on; after the last one shows the result. */
  public void submit() {
    if (!isTest() || page.get() != Page.QUESTION) {
      return;
    }
    Optional<Answer> answer = questionModel.answerOrExplain();
    if (answer.isEmpty()) {
      return;
    }
    quiz.submit(answer.get());
    if (quiz.isFinished()) {
      TestResult r = quiz.result();
      save(before.withTest(quiz, clock.instant()));
      result.set(r);
      page.set(Page.RESULT);
    } else {
      save(before.withAnswers(quiz.firstTries()));
      showCurrent();
    }
  }

  /** Practice: the next question (answered or skipped); after the last, back to the menu. */
  public void next() {
    if (isTest() || page.get() != Page.QUESTION) {
      return;
    }
    quiz.next();
    if (quiz.isFinished()) {
      long right = quiz.firstTries().values().stream().filter(b -> b).count();
      lastOutcome.set(
          Text.get(
              "learn.outcome.finished",
              activity.get().title(),
              String.valueOf(right),
              String.valueOf(quiz.size())));
      page.set(Page.MENU);
    } else {
      showCurrent();
    }
  }

  /** Leaves the current activity for the menu; answers already given stay saved. */
  public void backToMenu() {
    page.set(Page.MENU);
  }

  /** Opens the step the current question is about. */
  public void tryIt() {
    Question q = questionModel.questionProperty().get();
    if (q != null) {
      onOpenStep.accept(stepOf(q));
    }
  }

  /**
   * Uses an instructor's question bank from now on. A bank with problems is still used for its
   * complete questions; the problems (file, line, what to fix) appear in the banner. A bank with no
   * usable question at all is refused and the current one stays.
   *
   * @return true when the bank was taken
   */
  public boolean useBank(QuestionBank newBank, String name) {
    String problems =
        newBank.problems().stream()
            .limit(8)
            .map(Object::toString)
            .reduce((a, b) -> a + "\n" + b)
            .orElse("");
    if (newBank.questions().isEmpty()) {
      String refused = Text.get("learn.bank.refused", name);
      banner.set(problems.isEmpty() ? refused : refused + "\n" + problems);
      return false;
    }
    bank = newBank;
    page.set(Page.MENU);
    setProgress(progress.get());
    String using = String.valueOf(newBank.questions().size());
    banner.set(
        problems.isEmpty()
            ? Text.get("learn.bank.using", using, name)
            : Text.get("learn.bank.usingWithProblems", using, name, problems));
    return true;
  }

  /** Shows {@code message} in the Learn screen's banner (e.g. an export that failed). */
  public void tell(String message) {
    banner.set(message);
  }

  /** The questions in use, for exporting them. */
  public QuestionBank bank() {
    return bank;
  }

  /** Hides the banner. */
  public void dismissBanner() {
    banner.set("");
  }

  /** The pipeline step a question is about. */
  public static Step stepOf(Question q) {
    return Step.valueOf(q.step().name());
  }

  private boolean isTest() {
    return quiz != null && quiz.mode() == QuizSession.Mode.TEST;
  }

  private void showCurrent() {
    questionModel.show(quiz);
    int n = quiz.size();
    int at = quiz.position() + 1;
    positionText.set(Text.get("learn.position", String.valueOf(at), String.valueOf(n)));
    positionFraction.set(isTest() ? quiz.position() / (double) n : at / (double) n);
    lastQuestion.set(at == n);
  }

  private void answered() {
    save(before.withAnswers(quiz.firstTries()));
  }

  private List<Question> reviewQuestions() {
    List<Question> all =
        bank.questions().stream().filter(q -> q.set() != QuestionSet.CHECK).toList();
    return progress.get().missedFirst(all);
  }

  private void save(Progress updated) {
    progress.save(updated, bank);
  }

  private void saveFailed(Throwable e) {
    banner.set(
        Text.get(
            "learn.progress.notSaved",
            String.valueOf(store.file()),
            String.valueOf(e.getMessage())));
  }

  /** Writes any answer not yet on disk, on the calling thread; the app calls it on exit. */
  public void flushProgress() {
    try {
      progress.flush();
    } catch (IOException | RuntimeException e) {
      saveFailed(e);
    }
  }

  private void setProgress(Progress p) {
    progress.set(p, bank);
  }

  /** The question being answered (shared by every activity). */
  public QuestionModel question() {
    return questionModel;
  }

  public ReadOnlyObjectProperty<Page> pageProperty() {
    return page.getReadOnlyProperty();
  }

  /** The activity in progress (or last run). */
  public ReadOnlyObjectProperty<Activity> activityProperty() {
    return activity.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Progress> progressProperty() {
    return progress.progressProperty();
  }

  /** "12 questions tried, 8 right on the first try. 2 tests taken, best score 7/10." */
  public ReadOnlyStringProperty progressSummaryProperty() {
    return progress.summaryProperty();
  }

  /** How many bank questions are currently on the missed list. */
  public ReadOnlyIntegerProperty missedCountProperty() {
    return progress.missedCountProperty();
  }

  /** What "review what I missed" will ask: "3 missed questions come first, then the rest." */
  public ReadOnlyStringProperty reviewNoteProperty() {
    return progress.reviewNoteProperty();
  }

  /** A message about the progress file (damaged, not saved); empty when there is none. */
  public ReadOnlyStringProperty bannerProperty() {
    return banner.getReadOnlyProperty();
  }

  /** How the last practice activity went, shown on the menu; empty before. */
  public ReadOnlyStringProperty lastOutcomeProperty() {
    return lastOutcome.getReadOnlyProperty();
  }

  /** True when the session has predictions to ask about. */
  public ReadOnlyBooleanProperty runAvailableProperty() {
    return run.availableProperty();
  }

  /** What "from your run" offers, or how to unlock it. */
  public ReadOnlyStringProperty runNoteProperty() {
    return run.noteProperty();
  }

  /** "Question 3 of 10". */
  public ReadOnlyStringProperty positionTextProperty() {
    return positionText.getReadOnlyProperty();
  }

  /** Progress through the activity, 0–1 (in a test: the share already answered). */
  public ReadOnlyDoubleProperty positionFractionProperty() {
    return positionFraction.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty lastQuestionProperty() {
    return lastQuestion.getReadOnlyProperty();
  }

  /** The finished test's result; null before. */
  public ReadOnlyObjectProperty<TestResult> resultProperty() {
    return result.getReadOnlyProperty();
  }
}
