package mllab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizSessionTest {

  private final QuestionBank bank = QuestionBank.builtIn();

  @Test
  void practiceAllowsRetryAfterFeedbackButRecordsTheFirstTry() {
    // Given a practice session on the thresholding question (correct option B)
    QuizSession session =
        QuizSession.practice(List.of(bank.byId("practice-threshold-matrix").orElseThrow()));
    // When the student first picks A (what `>` gives), then retries with B
    AnswerCheck first = session.check(Answer.choice(0));
    AnswerCheck second = session.check(Answer.choice(1));
    // Then the first check explains the mistake, the retry is accepted
    assertFalse(first.correct());
    assertTrue(first.feedback().orElseThrow().contains("`preds > 0.5`"));
    assertTrue(second.correct());
    assertEquals(2, second.attempt());
    assertTrue(second.feedback().isEmpty());
    assertTrue(session.isCurrentSolved());
    // and the progress record keeps the wrong first try
    assertEquals(Map.of("practice-threshold-matrix", false), session.firstTries());
  }

  @Test
  void optionsAreShuffledPerAttemptAndTheSameSeedGivesTheSameOrder() {
    // Given the test questions
    List<Question> questions = bank.inSet(QuestionSet.TEST);
    // When two attempts use different seeds and a third repeats the first seed
    List<Question> first = asked(QuizSession.test(questions, 1));
    List<Question> second = asked(QuizSession.test(questions, 2));
    List<Question> again = asked(QuizSession.test(questions, 1));
    // Then the same seed gives the same order, and another seed moves some options
    assertEquals(first, again);
    assertFalse(first.equals(second));
    for (int i = 0; i < questions.size(); i++) {
      Question original = questions.get(i);
      Question shown = first.get(i);
      if (original.kind() != QuestionKind.CHOICE) {
        assertEquals(original, shown);
        continue;
      }
      // And the correct option is the same text, its feedback travels with each option
      assertEquals(
          original.options().get(original.answerIndex()), shown.options().get(shown.answerIndex()));
      for (int k = 0; k < shown.options().size(); k++) {
        int from = original.options().indexOf(shown.options().get(k));
        assertEquals(original.feedback().get(from), shown.feedback().get(k));
      }
      // And the final answer names the new letter
      assertTrue(
          shown.finalAnswer().endsWith("(" + Question.letter(shown.answerIndex()) + ")."),
          shown.finalAnswer());
    }
  }

  @Test
  void theReviewShowsTheOptionsInTheOrderTheyWereAsked() {
    // Given a shuffled test answered with the first option every time
    QuizSession test = QuizSession.test(bank.inSet(QuestionSet.TEST), 7);
    List<Question> shown = new java.util.ArrayList<>();
    while (!test.isFinished()) {
      Question q = test.current();
      shown.add(q);
      test.submit(q.kind() == QuestionKind.CHOICE ? Answer.choice(0) : Answer.number(0));
    }
    // Then each review item holds the question as shown, so "A" is the option the student saw
    List<ReviewItem> review = test.result().review();
    for (int i = 0; i < review.size(); i++) {
      Question q = shown.get(i);
      assertEquals(q, review.get(i).question());
      if (q.kind() == QuestionKind.CHOICE) {
        assertEquals("A — " + q.options().get(0), review.get(i).chosenText());
      }
    }
  }

  /** Every question of a test as it is shown, answering each one to move on. */
  private static List<Question> asked(QuizSession test) {
    List<Question> shown = new java.util.ArrayList<>();
    while (!test.isFinished()) {
      shown.add(test.current());
      test.submit(Answer.choice(0));
    }
    return shown;
  }

  @Test
  void practiceOffersHintAndSolutionAndRevealingFirstCountsAsMissed() {
    // Given a practice session
    QuizSession session = QuizSession.practice(bank.inSet(QuestionSet.PRACTICE));
    // When the student reads the hint and reveals the solution without answering, then moves on
    assertFalse(session.hint().isBlank());
    assertFalse(session.revealSolution().isEmpty());
    session.next();
    // Then the question counts as missed and the session is on question 2
    assertEquals(false, session.firstTries().get("practice-multi-label-vs-multi-class"));
    assertEquals(1, session.position());
  }

  @Test
  void testModeHasNoHints() {
    // Given a test
    QuizSession test = QuizSession.test(bank.inSet(QuestionSet.TEST));
    // Then hints, checks and solutions are refused
    assertThrows(IllegalStateException.class, test::hint);
    assertThrows(IllegalStateException.class, test::revealSolution);
    assertThrows(IllegalStateException.class, () -> test.check(Answer.choice(0)));
  }

  @Test
  void testResultIsNotAvailableBeforeTheLastAnswer() {
    // Given a test with one answer submitted
    QuizSession test = QuizSession.test(bank.inSet(QuestionSet.TEST));
    test.submit(Answer.choice(1));
    // Then asking for the score is refused with the position
    IllegalStateException e = assertThrows(IllegalStateException.class, test::result);
    assertTrue(e.getMessage().contains("question 2 of 10"), e.getMessage());
  }

  @Test
  void testScoreIsBrokenDownByDifficultyAndStep() {
    // Given the 10-question test
    List<Question> questions = bank.inSet(QuestionSet.TEST);
    QuizSession test = QuizSession.test(questions);
    // When the student answers every easy and medium question right and every hard one wrong
    for (Question q : questions) {
      boolean answerRight = q.difficulty() != Difficulty.HARD;
      test.submit(answerFor(q, answerRight));
    }
    TestResult result = test.result();
    // Then the totals match that pattern: 2 easy and 5 medium right, 3 hard wrong
    assertEquals(new Score(7, 10), result.total());
    assertEquals(new Score(2, 2), result.byDifficulty().get(Difficulty.EASY));
    assertEquals(new Score(5, 5), result.byDifficulty().get(Difficulty.MEDIUM));
    assertEquals(new Score(0, 3), result.byDifficulty().get(Difficulty.HARD));
    // and the three hard questions (stratification, network size, micro/macro F1) cost one
    // point each in split, training and evaluation
    assertEquals(new Score(2, 2), result.byStep().get(QuestionStep.PREPROCESSING));
    assertEquals(new Score(1, 2), result.byStep().get(QuestionStep.SPLIT));
    assertEquals(new Score(1, 2), result.byStep().get(QuestionStep.TRAINING));
    assertEquals(new Score(1, 1), result.byStep().get(QuestionStep.RAW_DATA));
    assertEquals(new Score(2, 3), result.byStep().get(QuestionStep.EVALUATION));
    // and the review lists every question with the chosen and correct answers
    assertEquals(10, result.review().size());
    ReviewItem f1 =
        result.review().stream()
            .filter(r -> r.question().id().equals("test-micro-macro-f1"))
            .findFirst()
            .orElseThrow();
    assertFalse(f1.correct());
    assertEquals("B — micro 0.883, macro 0.617", f1.correctText());
    assertEquals("A — micro 0.617, macro 0.883", f1.chosenText());
    assertEquals(
        List.of("test-stratify-rare-label", "test-network-parameters", "test-micro-macro-f1"),
        result.missedIds());
  }

  @Test
  void finishedSessionRefusesMoreAnswers() {
    // Given a one-question test that has been answered
    QuizSession test = QuizSession.test(List.of(bank.inSet(QuestionSet.TEST).get(0)));
    test.submit(Answer.choice(0));
    // Then it is finished and a further answer is refused
    assertTrue(test.isFinished());
    assertThrows(IllegalStateException.class, () -> test.submit(Answer.choice(0)));
  }

  /** The right answer, or a wrong one (the first wrong option, or a number far off). */
  static Answer answerFor(Question q, boolean right) {
    if (q.kind() == QuestionKind.NUMERIC) {
      return Answer.number(right ? q.numericAnswer() : q.numericAnswer() + 1);
    }
    return Answer.choice(right ? q.answerIndex() : (q.answerIndex() == 0 ? 1 : 0));
  }
}
