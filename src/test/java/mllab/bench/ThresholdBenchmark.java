package mllab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the threshold slider's work takes: recomputing every threshold-dependent metric from
 * stored probabilities ({@code rethreshold}), and step 5's whole snapshot at the new threshold
 * ({@code snapshot}). Targets: well under 1 ms for 200 × 4 (a typical test set in the app), under
 * 16 ms (one frame at 60 Hz) for 3,185 × 983 (delicious's test set) and 100,000 × 100.
 *
 * <p>Each invocation uses the next of a ring of thresholds, as a drag does, so the decisions are
 * not the same from call to call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ThresholdBenchmark {

  @Param({"200x4", "3185x983", "100000x100"})
  public String size;

  private Predictions predictions;
  private Thresholds[] ring;
  private mllab.pipeline.ThresholdState[] states;
  private int[][] truePairs;
  private int next;

  @Setup
  public void setUp() {
    String[] parts = size.split("x");
    int n = Integer.parseInt(parts[0]);
    int l = Integer.parseInt(parts[1]);
    Random random = new Random(2026);
    double[][] p = new double[n][l];
    int[][] y = new int[n][l];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < l; k++) {
        y[i][k] = random.nextDouble() < 0.2 ? 1 : 0;
        p[i][k] = Math.min(1, 0.4 * y[i][k] + 0.6 * random.nextDouble());
      }
    }
    List<String> names = new ArrayList<>();
    for (int k = 0; k < l; k++) {
      names.add("label" + k);
    }
    predictions = new Predictions(p, y, names);
    ring = new Thresholds[64];
    for (int j = 0; j < ring.length; j++) {
      ring[j] = Thresholds.global(0.2 + 0.6 * j / ring.length, l);
    }
    states = new mllab.pipeline.ThresholdState[ring.length];
    for (int j = 0; j < ring.length; j++) {
      states[j] = mllab.pipeline.ThresholdState.global(0.2 + 0.6 * j / ring.length, l);
    }
    truePairs = mllab.lesson.EvaluationSnapshot.of(predictions, states[0], null).truePairs();
  }

  @Benchmark
  public MetricReport rethreshold() {
    next = (next + 1) & (ring.length - 1);
    return MetricReport.of(predictions, ring[next]);
  }

  /**
   * Everything step 5 shows at a new threshold (metrics, pair grid, each row's errors, the Python
   * panel's printout), as the app computes it per slider move; the true pairs are kept from the
   * first snapshot, as the app keeps them.
   */
  @Benchmark
  public mllab.lesson.EvaluationSnapshot snapshot() {
    next = (next + 1) & (states.length - 1);
    return mllab.lesson.EvaluationSnapshot.of(predictions, states[next], truePairs);
  }
}
