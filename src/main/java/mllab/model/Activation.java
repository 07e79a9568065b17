package mllab.model;

import mllab.text.Text;

/**
 * The non-linearity a hidden layer applies to each unit's weighted sum {@code z}.
 *
 * <p>Without it a stack of layers would collapse into one linear map, so the network could only
 * draw straight decision boundaries. Each choice trades something: ReLU ({@code max(0, z)}) is
 * cheap and does not saturate for positive inputs, so gradients stay large and deep networks train
 * fast, but a unit whose input stays negative stops learning ("dies"). Tanh and the logistic
 * sigmoid are smooth and bounded; they saturate for large {@code |z|}, where their slope, and so
 * the gradient flowing back through them, shrinks towards 0.
 *
 * <p>Backpropagation needs the slope {@code f'(z)}. For all three functions it can be written
 * through the output {@code a = f(z)} alone, which is what {@link #derivativeFromOutput} does: the
 * trainer then keeps only the activations of a batch, not the weighted sums as well.
 */
public enum Activation {
  /**
   * {@code max(0, z)}; slope 1 for positive inputs and 0 otherwise (0 at exactly 0 by convention).
   */
  RELU {
    @Override
    public double apply(double z) {
      return z > 0 ? z : 0.0;
    }

    @Override
    public double derivativeFromOutput(double a) {
      return a > 0 ? 1.0 : 0.0;
    }
  },
  /** {@code tanh(z)} in (−1, 1), centred on 0; slope {@code 1 − a²}. */
  TANH {
    @Override
    public double apply(double z) {
      return Math.tanh(z);
    }

    @Override
    public double derivativeFromOutput(double a) {
      return 1.0 - a * a;
    }
  },
  /**
   * The logistic function {@code 1 / (1 + e^−z)} in (0, 1); slope {@code a (1 − a)}, at most 0.25.
   */
  SIGMOID {
    @Override
    public double apply(double z) {
      return OutputActivation.sigmoid(z);
    }

    @Override
    public double derivativeFromOutput(double a) {
      return a * (1.0 - a);
    }
  };

  /** The activation {@code f(z)} of one unit. */
  public abstract double apply(double z);

  /** The slope {@code f'(z)} expressed through the output {@code a = f(z)}. */
  public abstract double derivativeFromOutput(double a);

  /** The slope {@code f'(z)} at the weighted sum {@code z}. */
  public double derivative(double z) {
    return derivativeFromOutput(apply(z));
  }

  /** Applies the activation in place to {@code values[from .. to)}. */
  void applyInPlace(double[] values, int from, int to) {
    // One switch per block rather than per value keeps the loop body small enough to inline.
    switch (this) {
      case RELU -> {
        for (int i = from; i < to; i++) {
          values[i] = values[i] > 0 ? values[i] : 0.0;
        }
      }
      case TANH -> {
        for (int i = from; i < to; i++) {
          values[i] = Math.tanh(values[i]);
        }
      }
      case SIGMOID -> {
        for (int i = from; i < to; i++) {
          values[i] = OutputActivation.sigmoid(values[i]);
        }
      }
    }
  }

  /** Multiplies {@code deltas[i]} by the slope at {@code outputs[i]}, for i in [from, to). */
  void multiplyBySlope(double[] deltas, double[] outputs, int from, int to) {
    switch (this) {
      case RELU -> {
        for (int i = from; i < to; i++) {
          if (outputs[i] <= 0) {
            deltas[i] = 0.0;
          }
        }
      }
      case TANH -> {
        for (int i = from; i < to; i++) {
          deltas[i] *= 1.0 - outputs[i] * outputs[i];
        }
      }
      case SIGMOID -> {
        for (int i = from; i < to; i++) {
          deltas[i] *= outputs[i] * (1.0 - outputs[i]);
        }
      }
    }
  }

  @Override
  public String toString() {
    return Text.get("engine.model.activation." + name() + ".name");
  }
}
