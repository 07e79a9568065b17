package mllab.quiz;

import java.util.Objects;

/**
 * One line of the review after a test: the question, what the student chose, and whether it was
 * right.
 */
public record ReviewItem(Question question, Answer chosen, boolean correct) {

  public ReviewItem {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(chosen, "chosen");
  }

  /** The chosen answer as the student saw it: "C — 1.25". */
  public String chosenText() {
    return question.describe(chosen);
  }

  /** The correct answer: "C — 1.25" or "0.3333 (± 0.005)". */
  public String correctText() {
    return question.correctAnswerText();
  }
}
