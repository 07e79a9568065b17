package mllab.quiz;

import mllab.text.Text;

/**
 * What a student answered: an option (0-based index, 0 = A) for a multiple-choice question, or a
 * number for a numeric one.
 */
public sealed interface Answer {

  /** The option at {@code index} (0 = A, 1 = B, …). */
  static Answer choice(int index) {
    return new Choice(index);
  }

  /** A typed number. */
  static Answer number(double value) {
    return new Numeric(value);
  }

  /** The answer as a student reads it: "B" or "0.333". */
  String display();

  /** A chosen option. */
  record Choice(int index) implements Answer {
    public Choice {
      if (index < 0) {
        throw new IllegalArgumentException(
            Text.get("quiz.answer.negativeIndex", String.valueOf(index)));
      }
    }

    @Override
    public String display() {
      return Question.letter(index);
    }
  }

  /** A typed number. */
  record Numeric(double value) implements Answer {
    public Numeric {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(
            Text.get("quiz.answer.notFinite", String.valueOf(value)));
      }
    }

    @Override
    public String display() {
      return Double.toString(value);
    }
  }
}
