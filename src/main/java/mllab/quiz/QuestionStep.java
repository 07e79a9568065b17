package mllab.quiz;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pipeline step a question is about, in the order a student meets the steps: the raw data,
 * preprocessing (min-max scaling), the train/test split, training, and evaluation.
 *
 * <p>It mirrors the pipeline's own step list but lives here so the quiz does not depend on the
 * pipeline layer; the keys are the words instructors write in question files.
 */
public enum QuestionStep {
  RAW_DATA("raw-data"),
  PREPROCESSING("preprocessing"),
  SPLIT("split"),
  TRAINING("training"),
  EVALUATION("evaluation");

  private final String key;

  QuestionStep(String key) {
    this.key = key;
  }

  /** The word used in question files. */
  public String key() {
    return key;
  }

  /** The step written as {@code key}, or empty when no step is spelled that way. */
  public static Optional<QuestionStep> fromKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  /** "raw-data, preprocessing, …", for error messages. */
  public static String keys() {
    return Arrays.stream(values()).map(QuestionStep::key).collect(Collectors.joining(", "));
  }
}
