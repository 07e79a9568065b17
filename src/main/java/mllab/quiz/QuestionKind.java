package mllab.quiz;

/**
 * How a question is answered: by picking one of its options, or by typing a number that counts as
 * right when it is within the question's tolerance of the exact value (so 0.333 is accepted for
 * 1/3).
 */
public enum QuestionKind {
  CHOICE("choice"),
  NUMERIC("numeric");

  private final String key;

  QuestionKind(String key) {
    this.key = key;
  }

  /** The word used in question files. */
  public String key() {
    return key;
  }
}
