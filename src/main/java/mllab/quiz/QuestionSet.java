package mllab.quiz;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a question is used: the short model quiz, untimed practice, the scored test, or the "check
 * yourself" question at the end of a step screen.
 */
public enum QuestionSet {
  QUIZ("quiz"),
  PRACTICE("practice"),
  TEST("test"),
  CHECK("check");

  private final String key;

  QuestionSet(String key) {
    this.key = key;
  }

  /** The word used in question files. */
  public String key() {
    return key;
  }

  /** The set written as {@code key}, or empty when no set is spelled that way. */
  public static Optional<QuestionSet> fromKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  /** "quiz, practice, test, check", for error messages. */
  public static String keys() {
    return Arrays.stream(values()).map(QuestionSet::key).collect(Collectors.joining(", "));
  }
}
