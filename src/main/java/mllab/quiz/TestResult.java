package mllab.quiz;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a test: the overall score, the score broken down by difficulty and by pipeline
 * step (so a student sees "all easy ones right, the split questions wrong"), and a review of every
 * question with the chosen and the correct answer. Only difficulties and steps that occurred in the
 * test appear in the breakdowns.
 */
public record TestResult(
    Score total,
    Map<Difficulty, Score> byDifficulty,
    Map<QuestionStep, Score> byStep,
    List<ReviewItem> review) {

  public TestResult {
    byDifficulty = Collections.unmodifiableMap(new EnumMap<>(byDifficulty));
    byStep = Collections.unmodifiableMap(new EnumMap<>(byStep));
    review = List.copyOf(review);
  }

  /** Builds the result from the review items in the order they were asked. */
  static TestResult of(List<ReviewItem> review) {
    Score total = new Score(0, 0);
    Map<Difficulty, Score> byDifficulty = new EnumMap<>(Difficulty.class);
    Map<QuestionStep, Score> byStep = new EnumMap<>(QuestionStep.class);
    for (ReviewItem item : review) {
      Question q = item.question();
      total = total.plus(item.correct());
      byDifficulty.merge(
          q.difficulty(),
          new Score(0, 0).plus(item.correct()),
          (a, b) -> new Score(a.correct() + b.correct(), a.total() + b.total()));
      byStep.merge(
          q.step(),
          new Score(0, 0).plus(item.correct()),
          (a, b) -> new Score(a.correct() + b.correct(), a.total() + b.total()));
    }
    return new TestResult(total, byDifficulty, byStep, review);
  }

  /** The ids of the questions answered wrongly, in the order they were asked. */
  public List<String> missedIds() {
    return review.stream().filter(r -> !r.correct()).map(r -> r.question().id()).toList();
  }
}
