package mllab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import mllab.data.io.DatasetReader;
import mllab.data.io.LoadedData;
import mllab.data.io.MulanLabels;
import mllab.data.io.ReadOptions;
import mllab.methods.MethodComparison;
import mllab.methods.MethodKind;
import mllab.methods.MultiLabelMethod;
import mllab.model.Optimizer;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import mllab.split.Split;
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
 * Fit and predict time of each compared method on yeast's published split (1500 train rows, 917
 * test rows, 103 features, 14 labels), min-max scaled on the training file: the numbers set against
 * scikit-learn's four classical methods ({@code src/test/python/compare_methods.py}) in
 * docs/benchmarks.md. The network is the reference configuration of the datasets README (16 ReLU
 * units, Adam, lr 1e-3, batch 32) for 20 epochs. Needs the datasets folder ({@code
 * -Dmllab.datasets=...}).
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=MethodsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class MethodsBenchmark {

  @Param({"mlp", "br", "cc", "lp", "knn"})
  public String method;

  private Split split;
  private MultiLabelMethod chosen;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("mllab.datasets"), "yeast");
    ReadOptions options;
    try (var in = java.nio.file.Files.newInputStream(dir.resolve("yeast.xml"))) {
      options = ReadOptions.defaults().withLabels(MulanLabels.read(in, "yeast.xml"));
    }
    LoadedData loaded =
        DatasetReader.readTrainTest(
            dir.resolve("yeast-train.arff"), dir.resolve("yeast-test.arff"), options);
    PipelineSession session = new PipelineSession(loaded.train(), "yeast");
    session.setDataset(loaded.train(), loaded.test(), "yeast");
    split = session.scaledSplit();
    TrainingConfig config =
        TrainingConfig.lesson()
            .withOptimizer(Optimizer.ADAM)
            .withLearningRate(1e-3)
            .withEpochs(20)
            .withSeed(0);
    MethodKind kind = MethodKind.fromCliName(method);
    chosen =
        MethodComparison.defaults(config, RunOptions.NONE, split.labelNames().size(), null).stream()
            .filter(m -> m.kind() == kind)
            .findFirst()
            .orElseThrow();
  }

  @Benchmark
  public Object fitAndPredict() {
    return MethodComparison.run(List.of(chosen), split, (i, n, k, f) -> {});
  }
}
