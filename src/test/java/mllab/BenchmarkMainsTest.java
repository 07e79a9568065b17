package mllab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every benchmark (the mains and the JMH classes under {@code mllab.bench}, and {@code
 * docs/bench/compare_sklearn.sh}) runs once on tiny sizes, so none can rot unnoticed between the
 * times someone measures. Nothing is timed here: each must finish and print its result line. Each
 * runs in a fresh JVM, the way it is run by hand; the JavaFX ones on headless Monocle.
 */
class BenchmarkMainsTest {

  private static final List<String> HEADLESS_FX =
      List.of(
          "-Dglass.platform=Monocle",
          "-Dmonocle.platform=Headless",
          "-Dprism.order=sw",
          "-Dprism.text=t2k",
          "-Djava.awt.headless=true");

  @TempDir Path dir;

  @Test
  void benchDataAndEpochTimingRunOnTheGeneratedLesson() throws Exception {
    assertContains("wrote lesson.csv", run(List.of(), "mllab.bench.BenchData", dir.toString()));
    String out =
        run(
            List.of(),
            "mllab.bench.EpochTiming",
            dir.resolve("lesson.csv").toString(),
            "lesson",
            "800",
            "4",
            "sgd",
            "0.025",
            "32",
            "0",
            "0.9",
            "1",
            "1",
            "1");
    assertContains("lesson train ", out);
    assertContains("lesson epoch ", out);
  }

  @Test
  void wideDataTimingRunsOnATinyWideFileAndATinyGeneratedSet() throws Exception {
    Path arff = dir.resolve("wide.arff");
    assertContains(
        "wrote wide.arff: 60 × 30 × 25",
        run(List.of(), "mllab.bench.WideArff", arff.toString(), "60", "30", "25"));
    String file = run(List.of(), "mllab.bench.WideDataTiming", "file", arff.toString(), "1");
    assertContains("60 rows × 30 features, 25 labels", file);
    assertContains("upstream ", file);
    String generated = run(List.of(), "mllab.bench.WideDataTiming", "generate", "50x20x12", "1");
    assertContains("50 rows × 20 features, 12 labels", generated);
    assertContains("import summaries ", generated);
  }

  @Test
  void fxBenchmarksRunOnHeadlessMonocle() throws Exception {
    List<String> threshold = new ArrayList<>(HEADLESS_FX);
    threshold.addAll(List.of("-Dsizes=20x3", "-Dmoves=2"));
    assertContains("2 moves after 2 warm-up", run(threshold, "mllab.bench.ThresholdUiBenchmark"));
    List<String> pulse = new ArrayList<>(HEADLESS_FX);
    pulse.add("-Dshape=100x8x3");
    assertContains("training 1", run(pulse, "mllab.bench.FxPulseBenchmark", "1", "1"));
    assertContains("app / bare", run(HEADLESS_FX, "mllab.bench.StartupBenchmark", "1"));
  }

  @Test
  void jmhBenchmarksRunOneShortIteration() throws Exception {
    List<String> jmh = List.of("-f", "0", "-wi", "0", "-i", "1", "-r", "50ms");
    assertJmh("TrainingBenchmark", jmh, "-p", "shape=lesson", "-p", "measure=train");
    assertJmh("ThresholdBenchmark", jmh, "-p", "size=200x4");
    Path datasets = Path.of(System.getProperty("mllab.datasets", "../shared/datasets"));
    if (Files.isDirectory(datasets)) {
      assertJmh("ReaderBenchmark", jmh);
    }
  }

  @Test
  void compareSklearnScriptRunsWithOneEpoch() throws Exception {
    Optional<String> python = pythonWithSklearn();
    assumeTrue(python.isPresent(), "no python3 with scikit-learn");
    ProcessBuilder script = new ProcessBuilder("bash", "docs/bench/compare_sklearn.sh");
    script
        .environment()
        .putAll(
            Map.of(
                "REPS",
                "1",
                "EPOCHS",
                "1",
                "WARMUP",
                "1",
                "SHAPES",
                "lesson",
                "BENCH_CLASSPATH",
                System.getProperty("java.class.path"),
                "PYTHON",
                python.get()));
    String out = finish(script);
    assertContains("1000 × 20 × 4 (800 train)", out);
  }

  private void assertJmh(String benchmark, List<String> jmh, String... params) throws Exception {
    List<String> args = new ArrayList<>(List.of("mllab.bench." + benchmark));
    args.addAll(jmh);
    args.addAll(List.of(params));
    String out =
        run(
            List.of(
                "-Dmllab.datasets=" + System.getProperty("mllab.datasets", "../shared/datasets")),
            "org.openjdk.jmh.Main",
            args.toArray(String[]::new));
    assertTrue(
        out.contains("Benchmark") && out.contains(benchmark) && !out.contains("<failure>"), out);
  }

  private static void assertContains(String expected, String output) {
    assertTrue(output.contains(expected), "expected '" + expected + "' in:\n" + output);
  }

  /** Runs a main of the test class path in a fresh JVM; returns its output, fails on exit != 0. */
  private static String run(List<String> jvmFlags, String main, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("--add-modules", "jdk.incubator.vector"));
    command.addAll(jvmFlags);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
    command.addAll(List.of(args));
    return finish(new ProcessBuilder(command));
  }

  private static String finish(ProcessBuilder builder) throws IOException, InterruptedException {
    // Written to a file, not read from a pipe: reading would wait for the process to close its
    // output, and a benchmark that hangs would hang the build instead of failing it.
    Path log = Files.createTempFile("benchmark", ".log");
    Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    assertTrue(finished, "did not finish in 2 minutes: " + builder.command() + "\n" + text);
    assertEquals(0, process.exitValue(), builder.command() + " failed:\n" + text);
    return text;
  }

  /** The first python3 that imports scikit-learn: the one on the PATH, then the system's. */
  private static Optional<String> pythonWithSklearn() throws InterruptedException {
    for (String python : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p = new ProcessBuilder(python, "-c", "import sklearn").start();
        if (p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0) {
          return Optional.of(python);
        }
      } catch (IOException e) {
        // not installed there; try the next
      }
    }
    return Optional.empty();
  }
}
