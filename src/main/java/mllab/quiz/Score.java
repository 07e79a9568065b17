package mllab.quiz;

import mllab.text.Text;

/** {@code correct} right answers out of {@code total} questions. */
public record Score(int correct, int total) {

  public Score {
    if (total < 0 || correct < 0 || correct > total) {
      throw new IllegalArgumentException(
          Text.get("quiz.score.impossible", String.valueOf(correct), String.valueOf(total)));
    }
  }

  /** The share of right answers, 0 when there were no questions. */
  public double fraction() {
    return total == 0 ? 0 : correct / (double) total;
  }

  Score plus(boolean right) {
    return new Score(correct + (right ? 1 : 0), total + 1);
  }

  /** "7/10". */
  @Override
  public String toString() {
    return correct + "/" + total;
  }
}
