package mllab.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mllab.text.Text;

/**
 * A run through a sequence of questions, in one of two modes.
 *
 * <p><b>Practice</b> is for learning: the student may ask for the hint, check an answer and get the
 * feedback for the mistake it reflects, retry as often as they like, reveal the worked solution,
 * and move on when ready. Only the first try counts in the progress record, since a retry after
 * feedback shows what was learned, not what was known.
 *
 * <p><b>Test</b> is for measuring: questions come one at a time, there are no hints, feedback or
 * solutions until the end, an answer cannot be changed once submitted, and the result breaks the
 * score down by difficulty and by step with a review of every question.
 *
 * <p>A session is a small state machine driven by the UI on one thread; it is not thread-safe.
 */
public final class QuizSession {

  /** How the session treats hints, retries and scoring. */
  public enum Mode {
    PRACTICE,
    TEST
  }

  private final Mode mode;
  private final List<Question> questions;
  private final Map<String, Boolean> firstTries = new LinkedHashMap<>();
  private final List<ReviewItem> review = new ArrayList<>();
  private int position;
  private int attemptsOnCurrent;
  private boolean solvedCurrent;

  private QuizSession(Mode mode, List<Question> questions) {
    if (questions.isEmpty()) {
      throw new IllegalArgumentException(Text.get("quiz.session.noQuestions"));
    }
    this.mode = mode;
    this.questions = List.copyOf(questions);
  }

  /** A practice session over {@code questions} in the given order. */
  public static QuizSession practice(List<Question> questions) {
    return new QuizSession(Mode.PRACTICE, questions);
  }

  /** A test over {@code questions} in the given order. */
  public static QuizSession test(List<Question> questions) {
    return new QuizSession(Mode.TEST, questions);
  }

  /**
   * A practice session whose options are shuffled per question with {@code seed}: a new attempt (a
   * new seed) shows them in a new order, and the same seed always gives the same order.
   */
  public static QuizSession practice(List<Question> questions, long seed) {
    return new QuizSession(Mode.PRACTICE, shuffled(questions, seed));
  }

  /**
   * A test whose options are shuffled per question with {@code seed}. The review shows each
   * question as it was asked, in the shuffled order, so its letters match what the student saw.
   */
  public static QuizSession test(List<Question> questions, long seed) {
    return new QuizSession(Mode.TEST, shuffled(questions, seed));
  }

  private static List<Question> shuffled(List<Question> questions, long seed) {
    java.util.Random rng = new java.util.Random(seed);
    return questions.stream().map(q -> q.shuffled(rng)).toList();
  }

  public Mode mode() {
    return mode;
  }

  public int size() {
    return questions.size();
  }

  /** 0-based index of the current question; equals {@link #size()} once finished. */
  public int position() {
    return position;
  }

  public boolean isFinished() {
    return position >= questions.size();
  }

  /** The question being asked. */
  public Question current() {
    if (isFinished()) {
      throw new IllegalStateException(Text.get("quiz.session.finished", String.valueOf(size())));
    }
    return questions.get(position);
  }

  /** Practice only: checks an answer, may be called again after a wrong one. */
  public AnswerCheck check(Answer answer) {
    requireMode(Mode.PRACTICE, () -> Text.get("quiz.session.action.check"));
    Question q = current();
    boolean correct = q.isCorrect(answer);
    attemptsOnCurrent++;
    firstTries.putIfAbsent(q.id(), correct);
    solvedCurrent |= correct;
    return new AnswerCheck(correct, q.feedbackFor(answer), attemptsOnCurrent);
  }

  /** Practice only: the current question's hint. */
  public String hint() {
    requireMode(Mode.PRACTICE, () -> Text.get("quiz.session.action.hint"));
    return current().hint();
  }

  /**
   * Practice only: the worked solution of the current question. Revealing it before a first try
   * records the question as missed, so "review what I missed" brings it back.
   */
  public List<SolutionStep> revealSolution() {
    requireMode(Mode.PRACTICE, () -> Text.get("quiz.session.action.solution"));
    Question q = current();
    firstTries.putIfAbsent(q.id(), false);
    return q.solution();
  }

  /** Whether the current practice question has been answered right (on any try). */
  public boolean isCurrentSolved() {
    return !isFinished() && solvedCurrent;
  }

  /** Practice only: moves to the next question, answered or not. */
  public void next() {
    requireMode(Mode.PRACTICE, () -> Text.get("quiz.session.action.skip"));
    current();
    advance();
  }

  /** Test only: records the answer to the current question and moves to the next one. */
  public void submit(Answer answer) {
    requireMode(Mode.TEST, () -> Text.get("quiz.session.action.submit"));
    Question q = current();
    boolean correct = q.isCorrect(answer);
    firstTries.put(q.id(), correct);
    review.add(new ReviewItem(q, answer, correct));
    advance();
  }

  /** Test only, after the last question: the score and the review. */
  public TestResult result() {
    requireMode(Mode.TEST, () -> Text.get("quiz.session.action.score"));
    if (!isFinished()) {
      throw new IllegalStateException(
          Text.get(
              "quiz.session.unanswered", String.valueOf(position + 1), String.valueOf(size())));
    }
    return TestResult.of(review);
  }

  /**
   * For each question tried so far, whether the first try was right, in the order asked. This is
   * what {@link Progress#withAnswers} records.
   */
  public Map<String, Boolean> firstTries() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(firstTries));
  }

  private void advance() {
    position++;
    attemptsOnCurrent = 0;
    solvedCurrent = false;
  }

  /**
   * @param action what the caller tried, looked up only when it is refused
   */
  private void requireMode(Mode needed, Supplier<String> action) {
    if (mode != needed) {
      // Two modes: a session that is not the one needed is the other one.
      throw new IllegalStateException(
          Text.get(
              needed == Mode.PRACTICE ? "quiz.session.practiceOnly" : "quiz.session.testOnly",
              action.get()));
    }
  }
}
