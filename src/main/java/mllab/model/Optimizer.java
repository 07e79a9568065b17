package mllab.model;

import mllab.text.Text;

/**
 * The rule that turns a gradient into a change of the weights.
 *
 * <p>Plain gradient descent steps every weight by {@code −learningRate × gradient}. On a loss
 * surface shaped like a long narrow valley this zig-zags across the valley and crawls along it.
 * {@link #SGD} adds <em>momentum</em>: the step is a running sum of past gradients ({@code v ← μ v
 * − η g; w ← w + v}), so directions that agree from batch to batch build up speed and directions
 * that flip sign cancel out.
 *
 * <p>{@link #ADAM} (Kingma &amp; Ba, 2015) additionally gives every weight its own step size: it
 * keeps running means of the gradient ({@code m}, β1 = 0.9) and of its square ({@code v}, β2 =
 * 0.999) and steps by {@code η m̂ / (√v̂ + ε)}, ε = 1e-8, where the hats undo the bias of the means
 * starting at 0. Weights with consistently small gradients then still move, which is why Adam works
 * with the same learning rate on most problems.
 *
 * <p>Both apply the L2 penalty by adding {@code λ w} to the weights' gradient before the step (see
 * {@link TrainingConfig#l2()}); biases are not penalised, because shrinking them does not make the
 * function smoother, it only shifts it. The term is added inside the update loop rather than in a
 * pass of its own over the gradient: the weights are read there anyway, so it costs one
 * multiply-add per weight instead of another trip through every weight and gradient row.
 */
public enum Optimizer {
  SGD {
    @Override
    double stepSize(TrainingConfig c, int step) {
      return c.learningRate();
    }

    @Override
    void update(
        double[] w, double[] g, double[] m, double[] v, double lr, double l2, TrainingConfig c) {
      double mu = c.momentum();
      for (int i = 0; i < w.length; i++) {
        m[i] = mu * m[i] - lr * (g[i] + l2 * w[i]);
        w[i] += m[i];
      }
    }
  },
  ADAM {
    @Override
    double stepSize(TrainingConfig c, int step) {
      // Folding both bias corrections into the step size saves two divisions per weight.
      return c.learningRate() * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step));
    }

    @Override
    void update(
        double[] w, double[] g, double[] m, double[] v, double lr, double l2, TrainingConfig c) {
      int from = Kernels.simd() ? VectorKernels.adam(w, g, m, v, lr, l2) : 0;
      for (int i = from; i < w.length; i++) {
        double gi = g[i] + l2 * w[i];
        m[i] = BETA1 * m[i] + (1 - BETA1) * gi;
        v[i] = BETA2 * v[i] + (1 - BETA2) * gi * gi;
        w[i] -= lr * m[i] / (Math.sqrt(v[i]) + EPSILON);
      }
    }
  };

  static final double BETA1 = 0.9;
  static final double BETA2 = 0.999;
  static final double EPSILON = 1e-8;

  /** The step size of update number {@code step} (1 for the first update of the run). */
  abstract double stepSize(TrainingConfig c, int step);

  /**
   * One step for the parameters {@code w} with gradient {@code g}.
   *
   * @param m this parameter array's first state (velocity, or Adam's mean gradient)
   * @param v this parameter array's second state (Adam's mean squared gradient; unused by SGD)
   * @param stepSize {@link #stepSize} of this update
   * @param l2 the L2 factor λ added to the gradient as {@code λ w} (0 for biases)
   */
  abstract void update(
      double[] w, double[] g, double[] m, double[] v, double stepSize, double l2, TrainingConfig c);

  @Override
  public String toString() {
    return Text.get("engine.model.optimizer." + name() + ".name");
  }
}
