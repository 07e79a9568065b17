package mllab.bench;

import java.util.concurrent.TimeUnit;
import mllab.model.Optimizer;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
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
 * Time per training epoch, under JMH.
 *
 * <p>Two shapes from {@link BenchData}: the lesson's small problem (1000 rows × 20 features × 4
 * labels, 800 train rows, 16 hidden units, SGD with momentum, batch 32) and a yeast-sized one (2417
 * × 103 × 14, all rows trained as in the scikit-learn comparison, 64 hidden units, Adam with
 * learning rate 1e-3, L2 1e-4, batch 32). Two measures (see {@link EpochTiming}): {@code train} is
 * an epoch of training only, what scikit-learn's {@code MLPClassifier} does per epoch; {@code
 * epoch} is the app's full epoch, which also evaluates the test rows and their metrics.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=TrainingBenchmark}; the side-by-side
 * comparison with scikit-learn is {@code docs/bench/compare_sklearn.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingBenchmark {

  @Param({"lesson", "yeast"})
  public String shape;

  @Param({"train", "epoch"})
  public String measure;

  private TrainingRun run;

  /** A fresh run per iteration: one run would finish at MAX_EPOCHS inside a long JMH trial. */
  @Setup(Level.Iteration)
  public void setUp() {
    run = start(shape, measure.equals("train"));
  }

  @Benchmark
  public Object epoch() {
    return run.nextEpoch();
  }

  /** The run for a shape: the lesson's settings, or the ones scikit-learn is compared with. */
  static TrainingRun start(String shape, boolean trainOnly) {
    boolean lesson = shape.equals("lesson");
    BenchData data = lesson ? BenchData.LESSON : BenchData.YEAST;
    TrainingConfig config =
        lesson
            ? TrainingConfig.lesson().withEpochs(TrainingConfig.MAX_EPOCHS)
            : TrainingConfig.lesson()
                .withHiddenLayers(64)
                .withOptimizer(Optimizer.ADAM)
                .withLearningRate(1e-3)
                .withL2(1e-4)
                .withBatchSize(32)
                .withEpochs(TrainingConfig.MAX_EPOCHS);
    int trainRows = lesson ? 800 : data.rows();
    return EpochTiming.start(
        data.x(0, data.rows()), data.y(0, data.rows()), trainRows, config, trainOnly);
  }
}
