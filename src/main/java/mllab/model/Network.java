package mllab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The trainer's private, mutable working copy of an {@link Mlp}, with every buffer a batch needs
 * allocated once up front: forward pass, backpropagation and the optimiser step then run without
 * allocating, which keeps the garbage collector out of the training loop.
 *
 * <p>Backpropagation is the chain rule applied layer by layer from the output back. With {@code
 * δ} the gradient of the loss with respect to a layer's weighted sums, the weight gradient is
 * {@code δ × input} (summed over the batch), the bias gradient is {@code δ}, and the previous
 * layer's {@code δ} is {@code Wᵀ δ} times the slope of its activation.
 *
 * <p>Batch buffers are row-major (row r of a layer with n units at {@code r × n}), so every inner
 * loop walks two arrays sequentially.
 */
final class Network {

  private final int[] sizes;
  private final int depth;
  private final Activation activation;
  private final OutputActivation output;
  private final Loss loss;
  private final int maxBatch;

  final double[][] w;
  final double[][] b;
  final double[][] gw;
  /** w transposed ([in][out]), so the forward pass streams through contiguous output rows. */
  private final double[][] wt;
  final double[][] gb;
  private final double[][] mw;
  private final double[][] vw;
  private final double[][] mb;
  private final double[][] vb;
  /** a[0] is the batch's inputs, a[l] the outputs of weight layer l − 1, a[depth] the logits. */
  private final double[][] a;
  /** delta[l] is ∂loss/∂(weighted sums behind a[l]), for l ≥ 1. */
  private final double[][] delta;
  private int step;

  Network(Mlp mlp, int maxBatch) {
    this.depth = mlp.layerCount();
    this.sizes = new int[depth + 1];
    this.activation = mlp.hiddenActivation();
    this.output = mlp.output();
    this.loss = Loss.forOutput(output);
    this.maxBatch = maxBatch;
    sizes[0] = mlp.inputCount();
    w = new double[depth][];
    b = new double[depth][];
    gw = new double[depth][];
    wt = new double[depth][];
    gb = new double[depth][];
    mw = new double[depth][];
    vw = new double[depth][];
    mb = new double[depth][];
    vb = new double[depth][];
    for (int l = 0; l < depth; l++) {
      Layer layer = mlp.layer(l);
      sizes[l + 1] = layer.outputs();
      w[l] = layer.weightArray().clone();
      b[l] = layer.biasArray().clone();
      gw[l] = new double[w[l].length];
      wt[l] = new double[w[l].length];
      gb[l] = new double[b[l].length];
      mw[l] = new double[w[l].length];
      vw[l] = new double[w[l].length];
      mb[l] = new double[b[l].length];
      vb[l] = new double[b[l].length];
    }
    a = new double[depth + 1][];
    delta = new double[depth + 1][];
    for (int l = 0; l <= depth; l++) {
      a[l] = new double[maxBatch * sizes[l]];
      if (l > 0) {
        delta[l] = new double[maxBatch * sizes[l]];
      }
    }
  }

  int labelCount() {
    return sizes[depth];
  }

  /** An immutable copy of the current weights. */
  Mlp snapshot() {
    List<Layer> layers = new ArrayList<>(depth);
    for (int l = 0; l < depth; l++) {
      layers.add(
          new Layer(
              sizes[l], sizes[l + 1], w[l].clone(), b[l].clone(),
              l < depth - 1 ? activation : null));
    }
    return new Mlp(layers, activation, output);
  }

  /**
   * Forward pass, backpropagation and one optimiser step on the rows {@code order[from ..
   * from+count)}.
   *
   * @return the batch's mean loss before the step (without the L2 penalty)
   */
  double trainBatch(
      double[][] x, int[][] y, int[] order, int from, int count, TrainingConfig config) {
    double batchLoss = computeGradients(x, y, order, from, count, config.l2());
    step++;
    for (int l = 0; l < depth; l++) {
      config.optimizer().update(w[l], gw[l], mw[l], vw[l], step, config);
      config.optimizer().update(b[l], gb[l], mb[l], vb[l], step, config);
    }
    return batchLoss;
  }

  /**
   * Fills {@link #gw} and {@link #gb} with the gradient of (mean batch loss + λ/2 Σ w²).
   *
   * @return the mean batch loss without the penalty
   */
  double computeGradients(double[][] x, int[][] y, int[] order, int from, int count, double l2) {
    transposeWeights();
    forward(x, order, from, count);
    int labels = sizes[depth];
    double scale = loss.scale(count, labels);
    double[] logits = a[depth];
    double[] top = delta[depth];
    double sum = 0;
    for (int r = 0; r < count; r++) {
      int row = order == null ? from + r : order[from + r];
      sum += loss.rowLoss(logits, r * labels, y[row], top, r * labels, scale, labels);
    }
    backward(count);
    if (l2 > 0) {
      for (int l = 0; l < depth; l++) {
        Kernels.axpy(l2, w[l], 0, gw[l], 0, w[l].length);
      }
    }
    return sum * scale;
  }

  private void forward(double[][] x, int[] order, int from, int count) {
    int in0 = sizes[0];
    for (int r = 0; r < count; r++) {
      int row = order == null ? from + r : order[from + r];
      System.arraycopy(x[row], 0, a[0], r * in0, in0);
    }
    for (int l = 0; l < depth; l++) {
      int nin = sizes[l];
      int nout = sizes[l + 1];
      double[] in = a[l];
      double[] out = a[l + 1];
      double[] wtl = wt[l];
      double[] bl = b[l];
      for (int r = 0; r < count; r++) {
        int inRow = r * nin;
        int outRow = r * nout;
        System.arraycopy(bl, 0, out, outRow, nout);
        // z += x_i × (row i of Wᵀ): a loop over contiguous outputs that the JIT vectorises, and
        // inputs that are exactly 0 (ReLU's negative side, a feature at its minimum) cost nothing.
        for (int i = 0; i < nin; i++) {
          double xi = in[inRow + i];
          if (xi != 0.0) {
            Kernels.axpy(xi, wtl, i * nout, out, outRow, nout);
          }
        }
      }
      if (l < depth - 1) {
        activation.applyInPlace(out, 0, count * nout);
      }
    }
  }

  /** Copies every w into wt; cheap next to a batch, which reads each weight once per row. */
  private void transposeWeights() {
    for (int l = 0; l < depth; l++) {
      int nin = sizes[l];
      int nout = sizes[l + 1];
      double[] wl = w[l];
      double[] wtl = wt[l];
      for (int o = 0; o < nout; o++) {
        for (int i = 0; i < nin; i++) {
          wtl[i * nout + o] = wl[o * nin + i];
        }
      }
    }
  }

  private void backward(int count) {
    for (int l = depth - 1; l >= 0; l--) {
      int nin = sizes[l];
      int nout = sizes[l + 1];
      double[] in = a[l];
      double[] d = delta[l + 1];
      double[] gwl = gw[l];
      double[] gbl = gb[l];
      double[] wl = w[l];
      java.util.Arrays.fill(gwl, 0.0);
      java.util.Arrays.fill(gbl, 0.0);
      double[] dPrev = l > 0 ? delta[l] : null;
      if (dPrev != null) {
        java.util.Arrays.fill(dPrev, 0, count * nin, 0.0);
      }
      for (int r = 0; r < count; r++) {
        int inRow = r * nin;
        int outRow = r * nout;
        for (int o = 0; o < nout; o++) {
          double dro = d[outRow + o];
          // ReLU zeroes many deltas; skipping them saves two full passes over the weight row.
          if (dro == 0.0) {
            continue;
          }
          gbl[o] += dro;
          Kernels.axpy(dro, in, inRow, gwl, o * nin, nin);
          if (dPrev != null) {
            Kernels.axpy(dro, wl, o * nin, dPrev, inRow, nin);
          }
        }
      }
      if (dPrev != null) {
        activation.multiplyBySlope(dPrev, in, 0, count * nin);
      }
    }
  }

  /**
   * Evaluates all rows of {@code x} with the current weights.
   *
   * @param probabilities receives n × L probabilities
   * @param perLabelLoss receives each label's loss, averaged over rows
   * @return the mean loss
   */
  double evaluate(double[][] x, int[][] y, double[][] probabilities, double[] perLabelLoss) {
    int labels = sizes[depth];
    java.util.Arrays.fill(perLabelLoss, 0.0);
    transposeWeights();
    double sum = 0;
    for (int from = 0; from < x.length; from += maxBatch) {
      int count = Math.min(maxBatch, x.length - from);
      forward(x, null, from, count);
      double[] logits = a[depth];
      for (int r = 0; r < count; r++) {
        int row = from + r;
        sum += loss.rowLoss(logits, r * labels, y[row], null, 0, 0.0, labels);
        loss.addPerLabel(logits, r * labels, y[row], perLabelLoss, labels);
        output.probabilities(logits, r * labels, probabilities[row], 0, labels);
      }
    }
    for (int k = 0; k < labels; k++) {
      perLabelLoss[k] /= x.length;
    }
    return x.length == 0 ? 0.0 : sum * loss.scale(x.length, labels);
  }
}
