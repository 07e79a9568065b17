package mllab.quiz;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import mllab.text.Text;

/** How hard a question is, as an instructor writes it in a question file. */
public enum Difficulty {
  EASY("easy"),
  MEDIUM("medium"),
  HARD("hard");

  private final String key;

  Difficulty(String key) {
    this.key = key;
  }

  /** The word used in question files. */
  public String key() {
    return key;
  }

  /** The difficulty as the user reads it ("Easy"), {@code quiz.difficulty.<NAME>} in the bundle. */
  public String title() {
    String textKey = "quiz.difficulty." + name();
    return Text.get(textKey);
  }

  /** The difficulty written as {@code key}, or empty when no difficulty is spelled that way. */
  public static Optional<Difficulty> fromKey(String key) {
    return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
  }

  /** "easy, medium, hard", for error messages. */
  public static String keys() {
    return Arrays.stream(values()).map(Difficulty::key).collect(Collectors.joining(", "));
  }
}
