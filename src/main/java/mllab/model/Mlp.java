package mllab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mllab.text.Text;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A multi-layer perceptron: an input vector passes through zero or more hidden {@link Layer}s, each
 * a weighted sum followed by a non-linear {@link Activation}, and then through a linear output
 * layer with one unit per label. The output units' raw scores are the <em>logits</em>; the {@link
 * OutputActivation} turns them into probabilities — for multi-label data a sigmoid per label, so
 * each label is a separate yes/no question answered from shared hidden features.
 *
 * <p>An {@code Mlp} is an immutable snapshot of weights: the {@link Trainer} produces a new one
 * after each epoch, so the UI can draw or query one while training continues on another thread.
 *
 * <p>Initial weights are random, because identical weights would receive identical gradients and
 * the units could never become different. Their scale matters: with ReLU the He scheme (normal,
 * variance 2 / inputs) and otherwise the Glorot scheme (uniform, variance 2 / (inputs + outputs))
 * keep the activations' spread roughly constant from layer to layer, so the signal neither dies out
 * nor explodes. Biases start at 0.
 */
public final class Mlp {

  private final List<Layer> layers;
  private final Activation hiddenActivation;
  private final OutputActivation output;

  Mlp(List<Layer> layers, Activation hiddenActivation, OutputActivation output) {
    this.layers = List.copyOf(layers);
    this.hiddenActivation = Objects.requireNonNull(hiddenActivation, "hiddenActivation");
    this.output = Objects.requireNonNull(output, "output");
    for (int l = 1; l < this.layers.size(); l++) {
      if (this.layers.get(l).inputs() != this.layers.get(l - 1).outputs()) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.model.mlp.disconnected",
                String.valueOf(l),
                String.valueOf(this.layers.get(l).inputs()),
                String.valueOf(l - 1),
                String.valueOf(this.layers.get(l - 1).outputs())));
      }
    }
  }

  /**
   * A network from given layers (for instance weights read back from a saved session), checked to
   * connect: each layer's inputs must equal the previous layer's outputs, and every hidden layer
   * must use {@code hiddenActivation}.
   */
  public static Mlp of(List<Layer> layers, Activation hiddenActivation, OutputActivation output) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException(Text.get("engine.model.mlp.noLayers"));
    }
    for (int l = 0; l < layers.size(); l++) {
      java.util.Optional<Activation> a = layers.get(l).activation();
      boolean last = l == layers.size() - 1;
      if (last ? a.isPresent() : !a.equals(java.util.Optional.of(hiddenActivation))) {
        throw new IllegalArgumentException(
            last
                ? Text.get("engine.model.mlp.outputActivation", String.valueOf(l))
                : Text.get(
                    "engine.model.mlp.hiddenActivation",
                    String.valueOf(l),
                    String.valueOf(hiddenActivation),
                    String.valueOf(a.orElse(null))));
      }
    }
    return new Mlp(layers, hiddenActivation, output);
  }

  /**
   * A network with freshly initialised weights.
   *
   * @param inputs number of features
   * @param hidden units of each hidden layer, in order; empty for no hidden layer
   * @param outputs number of labels
   * @param seed the same seed gives bit-identical weights
   */
  public static Mlp initialize(
      int inputs,
      int[] hidden,
      int outputs,
      Activation activation,
      OutputActivation output,
      long seed) {
    if (inputs < 1) {
      throw new IllegalArgumentException(
          Text.get("engine.model.mlp.inputs", String.valueOf(inputs)));
    }
    if (outputs < 1) {
      throw new IllegalArgumentException(
          Text.get("engine.model.mlp.outputs", String.valueOf(outputs)));
    }
    TrainingConfig.requireHiddenLayers(hidden);
    RandomGenerator rng = new Well19937c(seed);
    List<Layer> layers = new ArrayList<>();
    int fanIn = inputs;
    for (int units : hidden) {
      layers.add(randomLayer(rng, fanIn, units, activation));
      fanIn = units;
    }
    layers.add(randomLayer(rng, fanIn, outputs, null));
    return new Mlp(layers, activation, output);
  }

  private static Layer randomLayer(RandomGenerator rng, int in, int out, Activation activation) {
    double[] w = new double[in * out];
    if (activation == Activation.RELU) {
      double sd = Math.sqrt(2.0 / in);
      for (int i = 0; i < w.length; i++) {
        w[i] = rng.nextGaussian() * sd;
      }
    } else {
      double limit = Math.sqrt(6.0 / (in + out));
      for (int i = 0; i < w.length; i++) {
        w[i] = (2 * rng.nextDouble() - 1) * limit;
      }
    }
    return new Layer(in, out, w, new double[out], activation);
  }

  public int inputCount() {
    return layers.get(0).inputs();
  }

  public int outputCount() {
    return layers.get(layers.size() - 1).outputs();
  }

  /** Hidden layers plus the output layer. */
  public int layerCount() {
    return layers.size();
  }

  /** Layer {@code index}: 0 is the first hidden layer, {@code layerCount() − 1} the output. */
  public Layer layer(int index) {
    return layers.get(index);
  }

  public List<Layer> layers() {
    return layers;
  }

  /** The units of each hidden layer. */
  public int[] hiddenSizes() {
    int[] sizes = new int[layers.size() - 1];
    for (int l = 0; l < sizes.length; l++) {
      sizes[l] = layers.get(l).outputs();
    }
    return sizes;
  }

  /** A copy of layer {@code index}'s weights, indexed {@code [output unit][input]}. */
  public double[][] weights(int index) {
    return layers.get(index).weights();
  }

  /**
   * One weight of layer {@code index}, from input {@code from} to unit {@code to}, without a copy.
   */
  public double weight(int index, int to, int from) {
    return layers.get(index).weight(to, from);
  }

  public double[] biases(int index) {
    return layers.get(index).biases();
  }

  public Activation hiddenActivation() {
    return hiddenActivation;
  }

  public OutputActivation output() {
    return output;
  }

  /** The raw output scores for one row. */
  public double[] logits(double[] x) {
    double[] a = x;
    for (Layer layer : layers) {
      a = layer.forward(a);
    }
    return a;
  }

  /** One probability per label for one row. */
  public double[] predictProbabilities(double[] x) {
    return output.probabilities(logits(x));
  }

  /** One probability per label for each row. */
  public double[][] predictProbabilities(double[][] x) {
    double[][] p = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      p[i] = predictProbabilities(x[i]);
    }
    return p;
  }

  /** Every intermediate value of one forward pass, for the step-by-step view. */
  public ForwardTrace trace(double[] x, double threshold) {
    double[] t = new double[outputCount()];
    java.util.Arrays.fill(t, threshold);
    return trace(x, t);
  }

  /** The same, deciding each label with its own threshold. */
  public ForwardTrace trace(double[] x, double[] thresholds) {
    if (thresholds.length != outputCount()) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.model.mlp.thresholdCount",
              String.valueOf(thresholds.length),
              String.valueOf(outputCount())));
    }
    for (double threshold : thresholds) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException(
            Text.get("engine.model.mlp.thresholdRange", String.valueOf(threshold)));
      }
    }
    double[][] hidden = new double[layers.size() - 1][];
    double[] a = x;
    for (int l = 0; l < layers.size(); l++) {
      a = layers.get(l).forward(a);
      if (l < hidden.length) {
        hidden[l] = a;
      }
    }
    double[] sigmoid = OutputActivation.SIGMOID.probabilities(a);
    double[] softmax = OutputActivation.SOFTMAX.probabilities(a);
    double[] used = output == OutputActivation.SIGMOID ? sigmoid : softmax;
    int[] labels = new int[used.length];
    for (int k = 0; k < used.length; k++) {
      labels[k] = used[k] >= thresholds[k] ? 1 : 0;
    }
    return new ForwardTrace(x, hidden, a, sigmoid, softmax, output, thresholds, labels);
  }
}
