package mllab.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import mllab.model.Optimizer;
import mllab.model.Trainer;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
import org.apache.commons.math3.random.Well19937c;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per training epoch (train on every batch, then evaluate loss and metrics on both sets).
 *
 * <p>Two shapes: the lesson's small problem (1000 rows × 20 features × 4 labels, 800 train rows,
 * 16 hidden units, SGD) and a yeast-sized one (2417 × 103 × 14, 64 hidden units, Adam, batch 32),
 * the size scikit-learn's MLPClassifier is compared against. Data is random but structured
 * (labels are thresholded linear functions of the features) so that ReLU units stay alive as they
 * would on real data.
 *
 * <p>Run with JMH, or for a quick sanity number run {@link #main} (plain timing after warm-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingBenchmark {

  /** rows × features × labels, hidden units. */
  @Param({"small", "yeast"})
  public String shape;

  private TrainingRun run;

  @Setup(Level.Trial)
  public void setUp() {
    run = start(shape);
  }

  @Benchmark
  public Object epoch() {
    return run.nextEpoch();
  }

  static TrainingRun start(String shape) {
    boolean small = shape.equals("small");
    int rows = small ? 1000 : 2417;
    int features = small ? 20 : 103;
    int labels = small ? 4 : 14;
    TrainingConfig config =
        small
            ? TrainingConfig.lesson().withEpochs(Integer.MAX_VALUE)
            : TrainingConfig.lesson()
                .withHiddenLayers(64)
                .withOptimizer(Optimizer.ADAM)
                .withLearningRate(1e-3)
                .withBatchSize(32)
                .withEpochs(Integer.MAX_VALUE);
    Well19937c rng = new Well19937c(2024L);
    double[][] x = new double[rows][features];
    int[][] y = new int[rows][labels];
    double[][] directions = new double[labels][features];
    for (double[] d : directions) {
      for (int j = 0; j < features; j++) {
        d[j] = rng.nextGaussian();
      }
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < features; j++) {
        x[i][j] = rng.nextDouble();
      }
      for (int k = 0; k < labels; k++) {
        double s = 0;
        for (int j = 0; j < features; j++) {
          s += directions[k][j] * (x[i][j] - 0.5);
        }
        y[i][k] = s + 0.5 * rng.nextGaussian() > 0.8 ? 1 : 0;
      }
    }
    int train = small ? 800 : rows * 1500 / 2417;
    double[][] trainX = java.util.Arrays.copyOfRange(x, 0, train);
    int[][] trainY = java.util.Arrays.copyOfRange(y, 0, train);
    double[][] testX = java.util.Arrays.copyOfRange(x, train, rows);
    int[][] testY = java.util.Arrays.copyOfRange(y, train, rows);
    if (!small) {
      // The comparison is per epoch over all 2417 rows, as in scikit-learn's timing.
      trainX = x;
      trainY = y;
    }
    return new Trainer(config).start(trainX, trainY, testX, testY);
  }

  /**
   * Quick sanity timing without JMH: ms per epoch after warm-up, median of the measured ones, as
   * wall-clock and as this thread's CPU time (the latter is steadier on a shared machine).
   */
  public static void main(String[] args) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (String s : new String[] {"small", "yeast"}) {
      TrainingRun r = start(s);
      for (int i = 0; i < 30; i++) {
        r.nextEpoch();
      }
      double[] ms = new double[30];
      double[] cpu = new double[30];
      for (int i = 0; i < ms.length; i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        r.nextEpoch();
        ms[i] = (System.nanoTime() - t0) / 1e6;
        cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
      }
      java.util.Arrays.sort(ms);
      java.util.Arrays.sort(cpu);
      System.out.printf(
          Locale.ROOT, "%s: median %.2f ms/epoch wall (min %.2f), %.2f ms CPU (min %.2f)%n", s,
          ms[ms.length / 2], ms[0], cpu[cpu.length / 2], cpu[0]);
    }
  }
}
