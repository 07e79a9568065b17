package mllab.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The trainer's private, mutable working copy of an {@link Mlp}, with every buffer a batch needs
 * allocated once up front: forward pass, backpropagation and the optimiser step then run without
 * allocating, which keeps the garbage collector out of the training loop.
 *
 * <p>Backpropagation is the chain rule applied layer by layer from the output back. With {@code δ}
 * the gradient of the loss with respect to a layer's weighted sums, the weight gradient is {@code δ
 * × input} (summed over the batch), the bias gradient is {@code δ}, and the previous layer's {@code
 * δ} is {@code Wᵀ δ} times the slope of its activation.
 *
 * <p>Weights are stored transposed, {@code w[l][i][o]} (one row per input), and every matrix is an
 * array of rows, so that the big products are all sums of scaled whole rows, {@code y[o] += a ×
 * x[o]}. That exact shape, over rows that start at index 0, is what HotSpot's C2 compiler turns
 * into SIMD instructions; the same loop over offsets into one flat array runs about three times
 * slower because the compiler cannot rule out that the two ranges overlap. {@link Kernels#axpy4}
 * adds four rows per pass, which halves the loads and stores of the row being accumulated.
 *
 * <p>Both passes work on the whole batch at once, ordered so that the rows being reused stay in the
 * L1 cache: the forward pass takes four weight rows and adds them into every batch row before
 * moving on (a batch row at a time would stream the whole weight matrix from L2 once per row); the
 * weight gradient takes one gradient row and adds the whole batch into it. The way back through a
 * layer, {@code δ_prev = W δ}, uses a per-unit copy of the weights ({@link #wt}) so that it too is
 * a sum of rows rather than one short dot product per hidden unit. For yeast's shape (103 → 64 →
 * 14, batch 32) these orders took a training epoch from 8.2–8.5 to 6.9–7.3 ms of CPU time (see
 * docs/benchmarks.md).
 *
 * <p>The results are deterministic: the order of every addition depends only on the shapes, never
 * on timing or threads.
 */
final class Network {

  private final int[] sizes;
  private final int depth;
  private final Activation activation;
  private final OutputActivation output;
  private final Loss loss;
  private final int maxBatch;

  /** w[l][i][o]: layer l's weight from input i to unit o (transposed). */
  final double[][][] w;

  final double[][] b;

  /** gw[l][i][o]: the gradient of w[l][i][o]. */
  final double[][][] gw;

  final double[][] gb;
  private final double[][][] mw;
  private final double[][][] vw;
  private final double[][] mb;
  private final double[][] vb;

  /**
   * a[l][r] is row r's input to weight layer l (a[0][r] a copy of the data row); a[depth][r] its
   * logits.
   */
  private final double[][][] a;

  /** delta[l][r] is ∂loss/∂(weighted sums behind a[l][r]), for l ≥ 1. */
  private final double[][][] delta;

  /** wt[l][o][i]: w[l][i][o] again, untransposed, for δ's way back (l ≥ 1 only). */
  private final double[][][] wt;

  private final double[] probabilityRow;
  private int step;
  private int lastBatchCorrect;

  Network(Mlp mlp, int maxBatch) {
    this(mlp, maxBatch, null);
  }

  /**
   * @param positiveWeights each label's pos_weight for the gradient (see {@link Loss}), or null
   */
  Network(Mlp mlp, int maxBatch, double[] positiveWeights) {
    this.depth = mlp.layerCount();
    this.sizes = new int[depth + 1];
    this.activation = mlp.hiddenActivation();
    this.output = mlp.output();
    this.loss = Loss.forOutput(output).withPositiveWeights(positiveWeights);
    this.maxBatch = maxBatch;
    sizes[0] = mlp.inputCount();
    w = new double[depth][][];
    b = new double[depth][];
    gw = new double[depth][][];
    gb = new double[depth][];
    mw = new double[depth][][];
    vw = new double[depth][][];
    mb = new double[depth][];
    vb = new double[depth][];
    for (int l = 0; l < depth; l++) {
      Layer layer = mlp.layer(l);
      int nin = layer.inputs();
      int nout = layer.outputs();
      sizes[l + 1] = nout;
      int width = Kernels.padded(nout);
      w[l] = new double[nin][width];
      for (int o = 0; o < nout; o++) {
        for (int i = 0; i < nin; i++) {
          w[l][i][o] = layer.weight(o, i);
        }
      }
      b[l] = Arrays.copyOf(layer.biases(), width);
      gw[l] = new double[nin][width];
      gb[l] = new double[width];
      mw[l] = new double[nin][width];
      vw[l] = new double[nin][width];
      mb[l] = new double[width];
      vb[l] = new double[width];
    }
    a = new double[depth + 1][][];
    delta = new double[depth + 1][][];
    a[0] = new double[maxBatch][sizes[0]];
    for (int l = 1; l <= depth; l++) {
      a[l] = new double[maxBatch][Kernels.padded(sizes[l])];
      delta[l] = new double[maxBatch][Kernels.padded(sizes[l])];
    }
    wt = new double[depth][][];
    for (int l = 1; l < depth; l++) {
      wt[l] = new double[sizes[l + 1]][Kernels.padded(sizes[l])];
    }
    probabilityRow = new double[sizes[depth]];
  }

  /** An immutable copy of the current weights. */
  Mlp snapshot() {
    List<Layer> layers = new ArrayList<>(depth);
    for (int l = 0; l < depth; l++) {
      int nin = sizes[l];
      int nout = sizes[l + 1];
      double[] flat = new double[nout * nin];
      for (int i = 0; i < nin; i++) {
        double[] row = w[l][i];
        for (int o = 0; o < nout; o++) {
          flat[o * nin + i] = row[o];
        }
      }
      layers.add(
          new Layer(nin, nout, flat, Arrays.copyOf(b[l], nout), l < depth - 1 ? activation : null));
    }
    return new Mlp(layers, activation, output);
  }

  /**
   * Forward pass, backpropagation and one optimiser step on the rows {@code order[from ..
   * from+count)}. The L2 penalty's gradient {@code λ w} is added by the optimiser inside its update
   * loop, not to {@link #gw} beforehand.
   *
   * @return the batch's mean loss before the step (without the L2 penalty)
   */
  double trainBatch(
      double[][] x, int[][] y, int[] order, int from, int count, TrainingConfig config) {
    double batchLoss = computeGradients(x, y, order, from, count);
    step++;
    Optimizer optimizer = config.optimizer();
    double stepSize = optimizer.stepSize(config, step);
    double l2 = config.l2();
    for (int l = 0; l < depth; l++) {
      for (int i = 0; i < sizes[l]; i++) {
        optimizer.update(w[l][i], gw[l][i], mw[l][i], vw[l][i], stepSize, l2, config);
      }
      optimizer.update(b[l], gb[l], mb[l], vb[l], stepSize, 0.0, config);
    }
    return batchLoss;
  }

  /** How many of the last batch's label decisions (at probability 0.5) were right. */
  int lastBatchCorrect() {
    return lastBatchCorrect;
  }

  /**
   * Fills {@link #gw} and {@link #gb} with the gradient of the mean batch loss.
   *
   * @return the mean batch loss
   */
  private double computeGradients(double[][] x, int[][] y, int[] order, int from, int count) {
    forward(x, order, from, count);
    int labels = sizes[depth];
    double scale = loss.scale(count, labels);
    double sum = 0;
    int correct = 0;
    for (int r = 0; r < count; r++) {
      int[] yr = y[order == null ? from + r : order[from + r]];
      double[] logits = a[depth][r];
      sum += loss.rowLoss(logits, 0, yr, delta[depth][r], 0, scale, labels);
      correct += correctDecisions(logits, yr);
    }
    lastBatchCorrect = correct;
    backward(count);
    return sum * scale;
  }

  private int correctDecisions(double[] logits, int[] y) {
    int labels = y.length;
    int correct = 0;
    if (output == OutputActivation.SIGMOID) {
      // σ(z) ≥ 0.5 exactly when z ≥ 0: no exponentials needed.
      for (int k = 0; k < labels; k++) {
        correct += (logits[k] >= 0 ? 1 : 0) == y[k] ? 1 : 0;
      }
      return correct;
    }
    output.probabilities(logits, 0, probabilityRow, 0, labels);
    for (int k = 0; k < labels; k++) {
      correct += (probabilityRow[k] >= 0.5 ? 1 : 0) == y[k] ? 1 : 0;
    }
    return correct;
  }

  private void forward(double[][] x, int[] order, int from, int count) {
    // The batch's rows are copied next to each other: read in place, 32 rows scattered over the
    // whole training set are read a few values at a time, 32 streams the prefetcher cannot follow.
    for (int r = 0; r < count; r++) {
      System.arraycopy(x[order == null ? from + r : order[from + r]], 0, a[0][r], 0, sizes[0]);
    }
    for (int l = 0; l < depth; l++) {
      int nout = sizes[l + 1];
      double[][] out = a[l + 1];
      Kernels.rowsTimes(a[l], w[l], b[l], out, count, sizes[l], Kernels.padded(nout));
      if (l < depth - 1) {
        for (int r = 0; r < count; r++) {
          activation.applyInPlace(out[r], 0, nout);
        }
      }
    }
  }

  private void backward(int count) {
    for (int l = depth - 1; l >= 0; l--) {
      int nin = sizes[l];
      int width = Kernels.padded(sizes[l + 1]);
      double[][] d = delta[l + 1];
      double[] gbl = gb[l];
      Arrays.fill(gbl, 0.0);
      for (int r = 0; r < count; r++) {
        Kernels.axpy(1.0, d[r], gbl, width);
      }
      Kernels.transposedRowsTimes(a[l], d, gw[l], nin, count, width);
      if (l == 0) {
        break;
      }
      // δ_prev = W δ: with W's rows per unit (the transposed copy) it is the same product as the
      // forward pass, a sum of scaled whole rows.
      double[][] dPrev = delta[l];
      Kernels.rowsTimes(d, transpose(l), null, dPrev, count, sizes[l + 1], Kernels.padded(nin));
      for (int r = 0; r < count; r++) {
        activation.multiplyBySlope(dPrev[r], a[l][r], 0, nin);
      }
    }
  }

  /**
   * Layer {@code l}'s weights as rows per unit, {@code wt[o][i]}, copied fresh from {@link #w} (the
   * optimiser, and the gradient check, change {@code w} between batches). The copy costs one pass
   * over the weights, a fraction of a single row's forward pass times the batch size.
   */
  private double[][] transpose(int l) {
    double[][] wl = w[l];
    double[][] t = wt[l];
    int nout = t.length;
    for (int i = 0; i < wl.length; i++) {
      double[] row = wl[i];
      for (int o = 0; o < nout; o++) {
        t[o][i] = row[o];
      }
    }
    return t;
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
    Arrays.fill(perLabelLoss, 0.0);
    for (int from = 0; from < x.length; from += maxBatch) {
      int count = Math.min(maxBatch, x.length - from);
      forward(x, null, from, count);
      for (int r = 0; r < count; r++) {
        int row = from + r;
        double[] logits = a[depth][r];
        loss.addPerLabel(logits, 0, y[row], perLabelLoss, labels);
        output.probabilities(logits, 0, probabilities[row], 0, labels);
      }
    }
    // Each row's loss is the sum of its per-label terms, so the total needs no second pass.
    double sum = 0;
    for (int k = 0; k < labels; k++) {
      sum += perLabelLoss[k];
      perLabelLoss[k] /= x.length;
    }
    return x.length == 0 ? 0.0 : sum * loss.scale(x.length, labels);
  }
}
