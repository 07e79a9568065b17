package mllab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mllab.data.io.DatasetReader;
import mllab.data.io.LoadedData;
import mllab.data.io.ReadOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long loading the benchmark sets takes, from file to {@code Dataset}: the time a student waits
 * after choosing a file. Run with the datasets folder as a system property:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:&lt;test classpath&gt; \
 *     org.openjdk.jmh.Main ReaderBenchmark -jvmArgsAppend -Dmllab.datasets=../shared/datasets
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReaderBenchmark {

  private Path datasets;

  @Setup(Level.Trial)
  public void locateDatasets() {
    String folder = System.getProperty("mllab.datasets");
    if (folder == null || !Files.isDirectory(Path.of(folder))) {
      throw new IllegalStateException(
          "system property mllab.datasets must name the benchmark datasets folder, was " + folder);
    }
    datasets = Path.of(folder);
  }

  /** yeast: 2 417 dense rows of 117 attributes, 2.4 MB of text in two files. */
  @Benchmark
  public LoadedData yeastTrainAndTest() throws Exception {
    Path dir = datasets.resolve("yeast");
    return DatasetReader.readTrainTest(
        dir.resolve("yeast-train.arff"), dir.resolve("yeast-test.arff"), ReadOptions.defaults());
  }

  /** medical: 978 sparse rows over 1 494 attributes. */
  @Benchmark
  public LoadedData medicalTrainAndTest() throws Exception {
    Path dir = datasets.resolve("medical");
    return DatasetReader.readTrainTest(
        dir.resolve("medical-train.arff"),
        dir.resolve("medical-test.arff"),
        ReadOptions.defaults());
  }

  /** emotions: 593 dense rows of 78 attributes. */
  @Benchmark
  public LoadedData emotionsTrainAndTest() throws Exception {
    Path dir = datasets.resolve("emotions");
    return DatasetReader.readTrainTest(
        dir.resolve("emotions-train.arff"),
        dir.resolve("emotions-test.arff"),
        ReadOptions.defaults());
  }
}
