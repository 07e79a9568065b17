package mllab.model;

import java.util.Optional;
import mllab.text.Text;

/**
 * One fully connected ("dense") layer: every output unit {@code o} computes a weighted sum of all
 * inputs plus a bias, {@code z_o = b_o + Σ_i W[o][i] x_i}, and a hidden layer then passes it
 * through its {@link Activation}. The output layer of an {@link Mlp} stays linear: its weighted
 * sums are the logits, which the network's {@link OutputActivation} turns into probabilities.
 *
 * <p>Immutable. The weights are stored as one row-major array ({@code W[o][i]} at {@code o × inputs
 * + i}) so that a unit's weights sit next to each other in memory, the order in which the weighted
 * sum reads them.
 */
public final class Layer {

  private final int inputs;
  private final int outputs;
  private final double[] weights;
  private final double[] biases;
  private final Activation activation;

  /** Takes ownership of the arrays: callers inside the package pass fresh copies. */
  Layer(int inputs, int outputs, double[] weights, double[] biases, Activation activation) {
    if (weights.length != inputs * outputs || biases.length != outputs) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.model.layer.weightCount",
              String.valueOf(inputs),
              String.valueOf(outputs),
              String.valueOf(inputs * outputs),
              String.valueOf(outputs),
              String.valueOf(weights.length),
              String.valueOf(biases.length)));
    }
    this.inputs = inputs;
    this.outputs = outputs;
    this.weights = weights;
    this.biases = biases;
    this.activation = activation;
  }

  /** A hidden layer from {@code weights[out][in]} and {@code biases[out]}. */
  public static Layer hidden(double[][] weights, double[] biases, Activation activation) {
    return new Layer(
        columns(weights),
        weights.length,
        flatten(weights),
        biases.clone(),
        java.util.Objects.requireNonNull(activation, "activation"));
  }

  /** A linear output layer (its outputs are logits) from {@code weights[out][in]} and biases. */
  public static Layer output(double[][] weights, double[] biases) {
    return new Layer(columns(weights), weights.length, flatten(weights), biases.clone(), null);
  }

  public int inputs() {
    return inputs;
  }

  public int outputs() {
    return outputs;
  }

  /** The hidden activation, or empty for the linear output layer. */
  public Optional<Activation> activation() {
    return Optional.ofNullable(activation);
  }

  /** A copy of the weights, indexed {@code [output unit][input]}. */
  public double[][] weights() {
    double[][] w = new double[outputs][];
    for (int o = 0; o < outputs; o++) {
      w[o] = java.util.Arrays.copyOfRange(weights, o * inputs, (o + 1) * inputs);
    }
    return w;
  }

  /** The weight from input {@code input} to unit {@code output}. */
  public double weight(int output, int input) {
    return weights[output * inputs + input];
  }

  public double[] biases() {
    return biases.clone();
  }

  /** The layer's output for one input vector: activations for a hidden layer, else logits. */
  public double[] forward(double[] input) {
    if (input.length != inputs) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.model.layer.inputWidth",
              String.valueOf(input.length),
              String.valueOf(inputs)));
    }
    double[] out = new double[outputs];
    for (int o = 0; o < outputs; o++) {
      out[o] = biases[o] + dot(weights, o * inputs, input);
    }
    if (activation != null) {
      activation.applyInPlace(out, 0, outputs);
    }
    return out;
  }

  private static double dot(double[] flat, int from, double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += flat[from + i] * x[i];
    }
    return s;
  }

  private static int columns(double[][] weights) {
    if (weights.length == 0) {
      throw new IllegalArgumentException(Text.get("engine.model.layer.noUnits"));
    }
    return weights[0].length;
  }

  private static double[] flatten(double[][] weights) {
    int in = weights[0].length;
    double[] flat = new double[weights.length * in];
    for (int o = 0; o < weights.length; o++) {
      if (weights[o].length != in) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.model.layer.weightRow",
                String.valueOf(o),
                String.valueOf(weights[o].length),
                String.valueOf(in)));
      }
      System.arraycopy(weights[o], 0, flat, o * in, in);
    }
    return flat;
  }
}
