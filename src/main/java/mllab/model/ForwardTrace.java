package mllab.model;

import java.util.Arrays;

/**
 * One row's trip through the network, every intermediate value kept so a student can follow it: the
 * input, each hidden layer's activations, the output logits, and what two different output
 * activations make of the <em>same</em> logits. Sigmoid gives each label its own probability;
 * softmax makes them compete and sum to 1 — showing both side by side is the lesson's contrast. The
 * labels are the probabilities of the network's own output activation at each label's threshold
 * (one per label: a per-label rule decides each label with its own).
 *
 * <p>Arrays are copied in and out, so a trace cannot be changed after it is made.
 */
public record ForwardTrace(
    double[] input,
    double[][] hiddenActivations,
    double[] logits,
    double[] sigmoidProbabilities,
    double[] softmaxProbabilities,
    OutputActivation output,
    double[] thresholds,
    int[] labels) {

  public ForwardTrace {
    input = input.clone();
    hiddenActivations = deepCopy(hiddenActivations);
    logits = logits.clone();
    sigmoidProbabilities = sigmoidProbabilities.clone();
    softmaxProbabilities = softmaxProbabilities.clone();
    thresholds = thresholds.clone();
    labels = labels.clone();
  }

  /** The threshold that decided {@code label}. */
  public double threshold(int label) {
    return thresholds[label];
  }

  @Override
  public double[] thresholds() {
    return thresholds.clone();
  }

  /** The probabilities the network actually uses for its decisions. */
  public double[] probabilities() {
    return output == OutputActivation.SIGMOID ? sigmoidProbabilities() : softmaxProbabilities();
  }

  @Override
  public double[] input() {
    return input.clone();
  }

  @Override
  public double[][] hiddenActivations() {
    return deepCopy(hiddenActivations);
  }

  @Override
  public double[] logits() {
    return logits.clone();
  }

  @Override
  public double[] sigmoidProbabilities() {
    return sigmoidProbabilities.clone();
  }

  @Override
  public double[] softmaxProbabilities() {
    return softmaxProbabilities.clone();
  }

  @Override
  public int[] labels() {
    return labels.clone();
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ForwardTrace t
        && Arrays.equals(input, t.input)
        && Arrays.deepEquals(hiddenActivations, t.hiddenActivations)
        && Arrays.equals(logits, t.logits)
        && output == t.output
        && Arrays.equals(thresholds, t.thresholds)
        && Arrays.equals(labels, t.labels);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(logits) + Arrays.hashCode(labels);
  }

  @Override
  public String toString() {
    return "ForwardTrace[logits="
        + Arrays.toString(logits)
        + ", labels="
        + Arrays.toString(labels)
        + "]";
  }
}
