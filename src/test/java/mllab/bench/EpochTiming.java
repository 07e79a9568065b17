package mllab.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mllab.model.Optimizer;
import mllab.model.Trainer;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;

/**
 * Milliseconds per training epoch on a CSV problem, the Java half of {@code
 * docs/bench/compare_sklearn.sh} (the other half is {@code docs/bench/sklearn_epoch.py}, which
 * takes the same arguments).
 *
 * <p>Two numbers, because an epoch of ours does more than an epoch of scikit-learn's:
 *
 * <ul>
 *   <li><b>train</b>: shuffle, then forward pass, backpropagation and optimiser step for every
 *       batch, with the running training loss and accuracy — what {@code MLPClassifier.fit} does
 *       per epoch. Measured as {@link TrainingRun#nextEpoch()} on a run whose test set is a single
 *       row, so the rest of the epoch (one row's evaluation, the metric report, the weight
 *       snapshot) costs microseconds.
 *   <li><b>epoch</b>: the app's full epoch, which also evaluates the test rows (loss, label
 *       accuracy, subset accuracy, micro F1, per-label numbers) and snapshots the weights.
 * </ul>
 *
 * <p>The JIT is warmed up with {@code warm-up} epochs first; then {@code reps} blocks of {@code
 * epochs} epochs are timed, and each block gives one ms-per-epoch figure. CPU time is this thread's
 * ({@link ThreadMXBean}), the steadier measure on a shared machine. One thread throughout.
 *
 * <p>Output: one line per measure, {@code name measure wall-median wall-min cpu-median cpu-min}.
 */
public final class EpochTiming {

  private EpochTiming() {}

  /**
   * Arguments: csv, name, train rows, hidden units, solver (adam|sgd), learning rate, batch size,
   * l2, momentum, epochs per repetition, repetitions, warm-up epochs.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 12) {
      throw new IllegalArgumentException(
          "usage: EpochTiming csv name trainRows hidden adam|sgd lr batch l2 momentum epochs reps"
              + " warmup; got "
              + args.length
              + " arguments");
    }
    Path csv = Path.of(args[0]);
    String name = args[1];
    int trainRows = Integer.parseInt(args[2]);
    TrainingConfig config =
        TrainingConfig.lesson()
            .withHiddenLayers(Integer.parseInt(args[3]))
            .withOptimizer(args[4].equals("adam") ? Optimizer.ADAM : Optimizer.SGD)
            .withLearningRate(Double.parseDouble(args[5]))
            .withBatchSize(Integer.parseInt(args[6]))
            .withL2(Double.parseDouble(args[7]))
            .withMomentum(Double.parseDouble(args[8]));
    int epochs = Integer.parseInt(args[9]);
    int reps = Integer.parseInt(args[10]);
    int warmup = Integer.parseInt(args[11]);
    // Exactly as many epochs as are timed, so the run never finishes early; the config refuses
    // more than TrainingConfig.MAX_EPOCHS by name.
    config = config.withEpochs(warmup + reps * epochs);

    Problem p = Problem.read(csv);
    if (trainRows > p.x.length) {
      throw new IllegalArgumentException(
          "train rows " + trainRows + " exceed the " + p.x.length + " rows of " + csv);
    }
    TrainingRun trainOnly = start(p.x, p.y, trainRows, config, true);
    TrainingRun full = start(p.x, p.y, trainRows, config, false);
    for (int i = 0; i < warmup; i++) {
      trainOnly.nextEpoch();
      full.nextEpoch();
    }
    report(name, "train", trainOnly, epochs, reps);
    report(name, "epoch", full, epochs, reps);
  }

  /**
   * A run that trains on the first {@code trainRows} rows and tests on the rest, or, when every row
   * trains (as in the scikit-learn timing), on the last 20 %; with {@code trainOnly} the test set
   * is a single row, so that an epoch is (almost) nothing but training.
   */
  static TrainingRun start(
      double[][] x, int[][] y, int trainRows, TrainingConfig config, boolean trainOnly) {
    double[][] trainX = Arrays.copyOfRange(x, 0, trainRows);
    int[][] trainY = Arrays.copyOfRange(y, 0, trainRows);
    int testFrom = trainRows < x.length ? trainRows : x.length - x.length / 5;
    int testTo = trainOnly ? testFrom + 1 : x.length;
    return new Trainer(config)
        .start(
            trainX,
            trainY,
            Arrays.copyOfRange(x, testFrom, testTo),
            Arrays.copyOfRange(y, testFrom, testTo));
  }

  private static void report(String name, String measure, TrainingRun run, int epochs, int reps) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] wall = new double[reps];
    double[] cpu = new double[reps];
    for (int r = 0; r < reps; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (int e = 0; e < epochs; e++) {
        run.nextEpoch();
      }
      wall[r] = (System.nanoTime() - t0) / 1e6 / epochs;
      cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / epochs;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(
        Locale.ROOT,
        "%s %s %.3f %.3f %.3f %.3f%n",
        name,
        measure,
        median(wall),
        wall[0],
        median(cpu),
        cpu[0]);
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** A CSV written by {@link BenchData}: features, then the 0/1 columns named l1, l2, …. */
  private record Problem(double[][] x, int[][] y) {

    static Problem read(Path csv) throws IOException {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      String[] header = lines.get(0).split(",");
      int labels = 0;
      while (labels < header.length && header[header.length - 1 - labels].startsWith("l")) {
        labels++;
      }
      int features = header.length - labels;
      int rows = lines.size() - 1;
      double[][] x = new double[rows][features];
      int[][] y = new int[rows][labels];
      for (int i = 0; i < rows; i++) {
        String[] cells = lines.get(i + 1).split(",");
        for (int j = 0; j < features; j++) {
          x[i][j] = Double.parseDouble(cells[j]);
        }
        for (int k = 0; k < labels; k++) {
          y[i][k] = Integer.parseInt(cells[features + k]);
        }
      }
      return new Problem(x, y);
    }
  }
}
