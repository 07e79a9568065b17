package mllab.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import mllab.lesson.Lesson;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
import mllab.persist.ProgressStore;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.quiz.Difficulty;
import mllab.quiz.Progress;
import mllab.quiz.Question;
import mllab.quiz.QuestionBank;
import mllab.quiz.QuestionKind;
import mllab.quiz.QuestionStep;
import mllab.quiz.TestResult;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import mllab.ui.quiz.LearnViewModel.Activity;
import mllab.ui.quiz.LearnViewModel.Page;
import mllab.ui.quiz.QuestionModel.OptionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnViewModelTest {

  @TempDir Path folder;

  private final PipelineSession pipeline = Lesson.session();
  private final SessionModel session = new SessionModel(pipeline, BackgroundRunner.sameThread());

  private LearnViewModel model() {
    return new LearnViewModel(session, new ProgressStore(folder));
  }

  /** Chooses the right answer when {@code right}, else a wrong one. */
  static void answer(QuestionModel q, boolean right) {
    Question question = q.questionProperty().get();
    if (question.kind() == QuestionKind.CHOICE) {
      int wrong = (question.answerIndex() + 1) % question.options().size();
      q.select(right ? question.answerIndex() : wrong);
    } else {
      double value = question.numericAnswer() + (right ? 0 : 10 * question.tolerance() + 1);
      q.numericTextProperty().set(Double.toString(value));
    }
  }

  @Test
  void wrongThenRightPracticeAnswerShowsFeedbackThenSolutionAndRecordsAMiss() {
    // Given a practice session
    LearnViewModel model = model();
    model.start(Activity.PRACTICE);
    QuestionModel q = model.question();
    Question question = q.questionProperty().get();
    assertEquals(Page.QUESTION, model.pageProperty().get());
    assertEquals(Text.get("learn.position", 1, 13), model.positionTextProperty().get());

    // When the first try is wrong
    answer(q, false);
    q.check();

    // Then the chosen option carries its feedback and the solution stays hidden
    assertFalse(q.solvedProperty().get());
    assertTrue(q.messageProperty().get().startsWith("Not quite"));
    int chosen = q.selectedProperty().get();
    assertEquals(OptionState.WRONG, q.optionStates().get(chosen));
    assertFalse(q.solutionShownProperty().get());
    assertTrue(q.canRetryBinding().get());

    // When the student retries and answers right
    q.retry();
    assertEquals(-1, q.selectedProperty().get());
    answer(q, true);
    q.check();

    // Then it is solved, the solution shows, and the miss was saved
    assertTrue(q.solvedProperty().get());
    assertTrue(q.solutionShownProperty().get());
    assertEquals(OptionState.RIGHT, q.optionStates().get(question.answerIndex()));
    Progress saved = new ProgressStore(folder).load().progress();
    assertEquals(1, saved.attempts());
    assertEquals(0, saved.correct());
    assertEquals(List.of(question.id()), saved.missedIds());
    assertEquals(1, model.missedCountProperty().get());
  }

  @Test
  void enterChecksThenMovesOnOnceSolved() {
    LearnViewModel model = model();
    model.start(Activity.MODEL_QUIZ);
    answer(model.question(), true);

    model.primaryAction();
    assertTrue(model.question().solvedProperty().get());
    model.primaryAction();

    assertEquals(Text.get("learn.position", 2, 3), model.positionTextProperty().get());
    assertFalse(model.question().checkedProperty().get());
  }

  @Test
  void finishingPracticeReturnsToTheMenuWithAnOutcome() {
    LearnViewModel model = model();
    model.start(Activity.MODEL_QUIZ);
    for (int i = 0; i < 3; i++) {
      answer(model.question(), i != 1);
      model.question().check();
      model.next();
    }
    assertEquals(Page.MENU, model.pageProperty().get());
    assertEquals(
        Text.get("learn.outcome.finished", Activity.MODEL_QUIZ.title(), "2", "3"),
        model.lastOutcomeProperty().get());
    assertEquals(
        "3 questions tried, 2 right on the first try. No test taken yet.",
        model.progressSummaryProperty().get());
  }

  @Test
  void everyAttemptShowsTheOptionsInItsOwnOrder() {
    // Given two attempts at practice with different seeds, and a third with the first seed
    LearnViewModel model = model();
    long[] seeds = {3, 4, 3};
    List<List<String>> firstOptions = new java.util.ArrayList<>();
    for (long seed : seeds) {
      model.setAttemptSeeds(() -> seed);
      model.start(Activity.PRACTICE);
      Question shown = model.question().questionProperty().get();
      firstOptions.add(shown.options());
      // Then the correct option is the same text, wherever it stands
      assertEquals(
          "Tagging photos with any of beach, sunset and people (several or none).",
          shown.options().get(shown.answerIndex()));
    }
    // And another seed gives another order, the same seed the same order
    assertFalse(firstOptions.get(0).equals(firstOptions.get(1)), firstOptions.toString());
    assertEquals(firstOptions.get(0), firstOptions.get(2));
  }

  @Test
  void byDefaultANewAttemptAfterAnsweringShowsANewOrderAndAFreshStartTheSameOne() {
    // Given a student's first attempt at practice
    LearnViewModel model = model();
    model.start(Activity.PRACTICE);
    List<String> first = model.question().questionProperty().get().options();
    // When a fresh screen on the same (empty) record starts it too, the order is the same
    LearnViewModel twin = model();
    twin.start(Activity.PRACTICE);
    assertEquals(first, twin.question().questionProperty().get().options());
    // When the student answers, goes back and starts again, the order is new
    answer(model.question(), true);
    model.question().check();
    model.backToMenu();
    model.start(Activity.PRACTICE);
    assertFalse(first.equals(model.question().questionProperty().get().options()));
  }

  @Test
  void revealingTheSolutionFirstCountsAsMissedAndShowsEveryOptionsFeedback() {
    LearnViewModel model = model();
    model.start(Activity.PRACTICE);
    QuestionModel q = model.question();
    Question question = q.questionProperty().get();

    q.revealSolution();

    assertTrue(q.solutionShownProperty().get());
    for (int i = 0; i < question.options().size(); i++) {
      assertEquals(
          i == question.answerIndex() ? OptionState.RIGHT : OptionState.OTHER,
          q.optionStates().get(i));
    }
    assertEquals(List.of(question.id()), new ProgressStore(folder).load().progress().missedIds());
  }

  @Test
  void testWithKnownPatternScoresByDifficultyAndStep() {
    // Given the test, answered right exactly on questions 1, 2 and 4
    LearnViewModel model = model();
    model.start(Activity.TEST);
    Set<Integer> rightOnes = Set.of(1, 2, 4);
    List<Question> asked = new ArrayList<>();
    for (int n = 1; n <= 10; n++) {
      assertEquals("Question " + n + " of 10", model.positionTextProperty().get());
      assertTrue(model.question().testModeProperty().get());
      asked.add(model.question().questionProperty().get());
      answer(model.question(), rightOnes.contains(n));
      model.primaryAction();
    }

    // Then the result shows 3/10, broken down, with a review of all ten
    assertEquals(Page.RESULT, model.pageProperty().get());
    TestResult r = model.resultProperty().get();
    assertEquals("3/10", r.total().toString());
    assertEquals(10, r.review().size());
    long easyRight =
        IntStream.rangeClosed(1, 10)
            .filter(n -> rightOnes.contains(n) && asked.get(n - 1).difficulty() == Difficulty.EASY)
            .count();
    assertEquals(easyRight, r.byDifficulty().get(Difficulty.EASY).correct());
    // Questions 1 (raw data), 2 and 4 are the right ones in the built-in order
    assertEquals(QuestionStep.RAW_DATA, asked.get(0).step());
    assertEquals(1, r.byStep().get(QuestionStep.RAW_DATA).correct());

    // And the test is saved with its score
    Progress saved = new ProgressStore(folder).load().progress();
    assertEquals(1, saved.tests().size());
    assertEquals(3, saved.tests().get(0).correct());
    assertEquals(10, saved.attempts());
    assertEquals(7, saved.missedIds().size());
    assertTrue(model.progressSummaryProperty().get().endsWith("1 test taken, best score 3/10."));
  }

  @Test
  void testHasNoHintsNorChecks() {
    LearnViewModel model = model();
    model.start(Activity.TEST);
    QuestionModel q = model.question();
    answer(q, false);

    q.showHint();
    q.check();
    q.revealSolution();

    assertFalse(q.hintShownProperty().get());
    assertFalse(q.checkedProperty().get());
    assertFalse(q.solutionShownProperty().get());
  }

  @Test
  void progressSurvivesARestart() {
    LearnViewModel first = model();
    first.start(Activity.PRACTICE);
    answer(first.question(), true);
    first.question().check();

    LearnViewModel second = model();

    assertEquals(
        "1 question tried, 1 right on the first try. No test taken yet.",
        second.progressSummaryProperty().get());
    assertEquals("", second.bannerProperty().get());
  }

  @Test
  void truncatedProgressFileGivesABannerAndFreshProgress() throws Exception {
    Files.writeString(folder.resolve(ProgressStore.FILE_NAME), "{\"version\": 1, \"attem");

    LearnViewModel model = model();

    assertTrue(model.bannerProperty().get().contains("damaged"), model.bannerProperty().get());
    assertEquals(0, model.progressProperty().get().attempts());
    model.dismissBanner();
    assertEquals("", model.bannerProperty().get());
    model.start(Activity.PRACTICE);
    answer(model.question(), true);
    model.question().check();
    assertEquals(1, new ProgressStore(folder).load().progress().attempts());
  }

  @Test
  void failedSaveShowsAMessageAndKeepsTheAnswer() throws Exception {
    Path notAFolder = Files.writeString(folder.resolve("blocked"), "a file, not a folder");
    LearnViewModel model = new LearnViewModel(session, new ProgressStore(notAFolder));
    model.start(Activity.PRACTICE);

    answer(model.question(), true);
    model.question().check();

    assertTrue(
        model
            .bannerProperty()
            .get()
            .startsWith(Text.get("learn.progress.notSaved", "", "").substring(0, 20)),
        model.bannerProperty().get());
    assertTrue(model.question().solvedProperty().get());
    assertEquals(1, model.progressProperty().get().attempts());
  }

  @Test
  void reviewPutsMissedQuestionsFirst() {
    LearnViewModel model = model();
    model.start(Activity.PRACTICE);
    model.next();
    Question second = model.question().questionProperty().get();
    answer(model.question(), false);
    model.question().check();
    model.backToMenu();
    assertEquals("1 missed question comes first, then the rest.", model.reviewNoteProperty().get());

    model.start(Activity.REVIEW);

    assertEquals(Activity.REVIEW, model.activityProperty().get());
    assertEquals(second.id(), model.question().questionProperty().get().id());
  }

  @Test
  void tryItOpensTheQuestionsStep() {
    LearnViewModel model = model();
    List<Step> opened = new ArrayList<>();
    model.setOnOpenStep(opened::add);
    model.start(Activity.MODEL_QUIZ);

    model.tryIt();

    assertEquals(List.of(LearnViewModel.stepOf(model.question().questionProperty().get())), opened);
  }

  @Test
  void fromYourRunUnlocksOnceTheModelIsTrained() {
    LearnViewModel model = model();
    assertFalse(model.runAvailableProperty().get());
    assertTrue(model.runNoteProperty().get().contains("step 4"));
    model.start(Activity.FROM_RUN);
    assertEquals(Page.MENU, model.pageProperty().get());

    pipeline.setTrainingConfig(TrainingConfig.lesson().withEpochs(3));
    TrainingRun run = pipeline.newTrainingRun();
    run.runAll(report -> {});
    pipeline.trainingFinished(run);

    assertTrue(model.runAvailableProperty().get());
    model.start(Activity.FROM_RUN);
    assertEquals(Page.QUESTION, model.pageProperty().get());
    assertTrue(
        model.question().questionProperty().get().id().startsWith("generated-"),
        model.question().questionProperty().get().id());
  }

  @Test
  void numericAnswersAcceptCommaAndRejectText() {
    assertEquals(0.25, QuestionModel.parseNumber("0,25").orElseThrow());
    assertEquals(0.25, QuestionModel.parseNumber(" .25 ").orElseThrow());
    assertTrue(QuestionModel.parseNumber("a quarter").isEmpty());
    assertTrue(QuestionModel.parseNumber("NaN").isEmpty());
    // Fractions and percentages are numbers too, as students write them
    assertEquals(1 / 3.0, QuestionModel.parseNumber("1/3").orElseThrow());
    assertEquals(0.25, QuestionModel.parseNumber(" 2 / 8 ").orElseThrow());
    assertEquals(0.33, QuestionModel.parseNumber("33%").orElseThrow());
    assertEquals(0.125, QuestionModel.parseNumber("12,5 %").orElseThrow());
    assertTrue(QuestionModel.parseNumber("1/0").isEmpty());
    assertTrue(QuestionModel.parseNumber("1/3/4").isEmpty());
    assertTrue(QuestionModel.parseNumber("%").isEmpty());
    assertEquals("0.005", QuestionModel.formatNumber(0.005));
  }

  @Test
  void numericPracticeQuestionAcceptsAnAnswerWithinTheTolerance() {
    // Given the numeric Hamming-loss question practised on its own
    Question hamming = QuestionBank.builtIn().byId("practice-hamming-loss-by-hand").orElseThrow();
    QuestionModel q = QuestionModel.single(hamming);

    // When the text is not a number, nothing is checked
    q.numericTextProperty().set("a third");
    q.check();
    assertTrue(q.messageProperty().get().contains("not a number"), q.messageProperty().get());
    assertFalse(q.checkedProperty().get());

    // When the number is off by more than the tolerance, it is wrong
    q.numericTextProperty().set(Double.toString(hamming.numericAnswer() + 2 * hamming.tolerance()));
    q.check();
    assertTrue(q.checkedProperty().get());
    assertFalse(q.solvedProperty().get());

    // When a new number within the tolerance is typed, the old check clears and it is right
    q.numericTextProperty().set(Double.toString(hamming.numericAnswer() + hamming.tolerance() / 2));
    assertFalse(q.checkedProperty().get());
    q.check();
    assertTrue(q.solvedProperty().get());
    assertTrue(q.solutionShownProperty().get());
  }
}
