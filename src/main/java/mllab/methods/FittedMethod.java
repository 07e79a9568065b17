package mllab.methods;

/** What a {@link MultiLabelMethod} learned: a probability for every label of any row. */
@FunctionalInterface
public interface FittedMethod {

  /** n × L probabilities for the n rows of {@code x} (features scaled like the training rows). */
  double[][] probabilities(double[][] x);
}
