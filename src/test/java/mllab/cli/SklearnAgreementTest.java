package mllab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mllab.data.io.DatasetReader;
import mllab.data.io.LoadedData;
import mllab.data.io.ReadOptions;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.RankingReport;
import mllab.eval.Thresholds;
import mllab.export.MetricsJson;
import mllab.export.NotebookExport;
import mllab.lesson.Lesson;
import mllab.lesson.PythonCell;
import mllab.lesson.PythonNotebook;
import mllab.lesson.StepCards;
import mllab.model.Optimizer;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python the app hands out, run by a real Python with numpy and scikit-learn:
 *
 * <ul>
 *   <li>{@code src/test/python/check_metrics.py} recomputes every metric of a CLI run from
 *       predictions.csv and must agree with metrics.json to 1e-9;
 *   <li>the five steps' Python panels, pasted one after the other into one script as a student
 *       would, run in the folder of an exported notebook, and every cell whose panel claims what it
 *       prints prints exactly that (the lesson, and emotions with Adam, L2 and per-label
 *       thresholds);
 *   <li>the exported {@code session.py} (from the CLI's {@code --notebook} and from a session)
 *       writes reproduced-metrics.json, whose every metric agrees with metrics.json to 1e-9.
 * </ul>
 *
 * <p>The interpreter is the system property {@code mllab.python}, else the first of the usual names
 * (and every {@code python3} on the PATH) that imports numpy and scikit-learn; the tests are
 * skipped, saying so, only when there is none ({@code .ci/run} installs Debian's python3-sklearn).
 */
class SklearnAgreementTest {

  private static final Path SCRIPT = Path.of("src", "test", "python", "check_metrics.py");

  private static final double TOLERANCE = 1e-9;

  /** The first interpreter that can import numpy and scikit-learn, or empty. */
  private static final Optional<String> PYTHON = findPython();

  @TempDir Path out;

  private static Optional<String> findPython() {
    Set<String> candidates = new LinkedHashSet<>();
    String chosen = System.getProperty("mllab.python");
    if (chosen != null) {
      candidates.add(chosen);
    }
    // A python3 earlier on the PATH (a version manager's shim, a virtual environment) may lack
    // scikit-learn while the system's has it: try them all.
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3"))) {
        candidates.add(Path.of(dir, "python3").toString());
      }
    }
    candidates.addAll(List.of("/usr/bin/python3", "/usr/local/bin/python3", "python3", "python"));
    return candidates.stream().filter(p -> canImport(p, "numpy, sklearn")).findFirst();
  }

  private static boolean canImport(String python, String modules) {
    try {
      Process p =
          new ProcessBuilder(python, "-c", "import " + modules).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String python() {
    assumeTrue(
        PYTHON.isPresent(),
        "skipped: no Python that imports numpy and scikit-learn (set -Dmllab.python=... or"
            + " install python3-sklearn)");
    return PYTHON.get();
  }

  /**
   * Runs {@code args} with the Python in {@code dir}; returns stdout, failing on a non-zero exit.
   */
  private static String runPython(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(python()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread drain =
        new Thread(
            () -> {
              try {
                p.getErrorStream().transferTo(err);
              } catch (IOException e) {
                // the process ended; what was read is reported
              }
            });
    drain.start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "python did not finish");
    drain.join();
    assertEquals(0, p.exitValue(), stdout + "\n" + err.toString(StandardCharsets.UTF_8));
    return stdout;
  }

  private static int cli(String... args) {
    return Cli.run(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        args);
  }

  @Test
  void metricsJsonAgreesWithScikitLearnOnTheLessonRun() throws Exception {
    // Given scikit-learn and a lesson run at a per-cell threshold of 0.3
    String python = python();
    assertTrue(Files.isRegularFile(SCRIPT));
    assertEquals(0, cli("run", "--epochs", "4", "--threshold", "0.3", "--out", out.toString()));

    // When the script recomputes every metric from predictions.csv
    Process p =
        new ProcessBuilder(python, SCRIPT.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    // Then it finds no difference above 1e-9
    assertEquals(0, p.waitFor(), report);
  }

  @Test
  void theCommandLinesNotebookReproducesMetricsJson() throws Exception {
    // Given a lesson run that also writes the notebook
    python();
    Path results = out.resolve("results");
    Path notebook = out.resolve("notebook");
    assertEquals(
        0,
        cli(
            "run",
            "--epochs",
            "4",
            "--threshold",
            "0.3",
            "--out",
            results.toString(),
            "--notebook",
            notebook.toString()));

    // When its session.py runs, started from another folder
    String printed = runPython(out, notebook.resolve(NotebookExport.SCRIPT).toString());

    // Then it printed the steps' numbers and wrote the metrics, equal to metrics.json to 1e-9
    assertTrue(printed.startsWith("(1000, 20) (1000, 4)\n"), printed);
    assertSameMetrics(
        results.resolve("metrics.json"), notebook.resolve(PythonNotebook.REPRODUCED_METRICS));
  }

  @Test
  void theLessonsPanelsRunInStepOrderAndPrintWhatTheyClaim() throws Exception {
    // Given the trained lesson, evaluated at one threshold per label
    python();
    PipelineSession s = Lesson.session();
    train(s);
    Thresholds t = Thresholds.perLabel(0.3, 0.5, 0.6, 0.45);

    // Then its panels, run one after the other, print what they claim, and session.py
    // reproduces every metric
    checkPanelsAndNotebook(s, t, 5);
  }

  @Test
  void aSoftmaxTanhNetworkOnAStratifiedSplitIsReproducedToo() throws Exception {
    // Given the lesson split by iterative stratification and trained as a softmax network with
    // two tanh layers
    python();
    PipelineSession s = Lesson.session();
    s.setSplit(mllab.split.SplitMethod.ITERATIVE_STRATIFICATION, 0.25, 7);
    s.setTrainingConfig(
        s.trainingConfig()
            .withOutput(mllab.model.OutputActivation.SOFTMAX)
            .withActivation(mllab.model.Activation.TANH)
            .withHiddenLayers(8, 6));
    train(s);

    // Then its panels print what they claim and session.py reproduces every metric
    checkPanelsAndNotebook(s, Thresholds.perLabel(0.2, 0.3, 0.25, 0.4), 5);
  }

  @Test
  void validationPosWeightAndEarlyStoppingAreInThePanelsAndTheyRun() throws Exception {
    // Given the lesson with a stratified validation part, rare labels weighted and early stopping
    // (patience 2) on a long run
    python();
    PipelineSession s = Lesson.session();
    s.setValidation(mllab.split.SplitMethod.ITERATIVE_STRATIFICATION, 0.2);
    s.setTraining(s.trainingConfig().withEpochs(60), new mllab.model.RunOptions(2, true));
    train(s);
    Map<Step, String> code = new java.util.EnumMap<>(Step.class);
    for (Step step : List.of(Step.PREPROCESSING, Step.SPLIT, Step.TRAINING)) {
      code.put(step, StepCards.python(s, step).code());
    }

    // Then step 3 shows the three parts, step 4 trains with the app's pos_weight and watches the
    // validation loss with the app's patience
    assertTrue(
        code.get(Step.PREPROCESSING).contains(PythonNotebook.VALIDATION_ROWS),
        code.get(Step.PREPROCESSING));
    assertTrue(
        code.get(Step.SPLIT).contains("print(X_train.shape, X_val.shape, X_test.shape)"),
        code.get(Step.SPLIT));
    String training = code.get(Step.TRAINING);
    assertTrue(
        training.contains("BCEWithLogitsLoss(pos_weight=torch.tensor(pos_weight))"), training);
    assertTrue(training.contains("if epoch - best_epoch >= 2 and epoch < 60:"), training);
    assertTrue(training.contains("patience=2, restore_best_weights=True"), training);

    // And the panels print what they claim (pos_weight included), session.py reproduces the
    // metrics, and the optional PyTorch cell runs its early-stopping loop when torch is there
    String printed = checkPanelsAndNotebook(s, Thresholds.perLabel(0.3, 0.5, 0.6, 0.45), 6);
    if (canImport(PYTHON.get(), "torch")) {
      assertTrue(printed.contains("PyTorch's run: test loss"), printed);
    }
  }

  @Test
  void emotionsPanelsRunInStepOrderAndPrintWhatTheyClaim() throws Exception {
    // Given emotions (train and test files) trained with Adam and an L2 penalty, per-label
    // thresholds
    python();
    Path dir = Path.of(System.getProperty("mllab.datasets", "../shared/datasets"), "emotions");
    assumeTrue(Files.isDirectory(dir), "skipped: the emotions dataset is absent");
    LoadedData data =
        DatasetReader.readTrainTest(
            dir.resolve("emotions-train.arff"),
            dir.resolve("emotions-test.arff"),
            ReadOptions.defaults());
    PipelineSession s = new PipelineSession(data.train(), data.source());
    s.setDataset(data.train(), data.test(), data.source());
    s.setTrainingConfig(
        s.trainingConfig()
            .withOptimizer(Optimizer.ADAM)
            .withLearningRate(0.001)
            .withL2(1e-4)
            .withEpochs(30));
    train(s);
    Thresholds t = Thresholds.perLabel(0.3, 0.4, 0.5, 0.5, 0.35, 0.6);

    // Then the same holds on real data
    checkPanelsAndNotebook(s, t, 5);
  }

  private static void train(PipelineSession s) {
    TrainingRun run = s.newTrainingRun();
    run.runAll(r -> {});
    s.trainingFinished(run);
  }

  /**
   * Exports {@code s} at {@code t}, pastes the five panels into one script, runs it in the export
   * folder and compares each cell's output with its panel; then runs session.py and compares its
   * metrics with metrics.json at {@code t}.
   *
   * @return what session.py printed
   */
  private String checkPanelsAndNotebook(PipelineSession s, Thresholds t, int printingCells)
      throws Exception {
    Path dir = out.resolve("notebook");
    NotebookExport.write(PythonNotebook.of(s, t), dir);
    List<PythonCell> cells = new ArrayList<>();
    for (Step step : Step.values()) {
      cells.addAll(
          step == Step.EVALUATION
              ? StepCards.evaluation(
                      s.predictions().orElseThrow(),
                      t,
                      MetricReport.of(s.predictions().orElseThrow(), t))
                  .cells()
              : StepCards.python(s, step).cells());
    }
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      script
          .append("print(\"@@cell ")
          .append(i)
          .append("\")\n")
          .append(cells.get(i).code())
          .append("\n\n");
    }
    Files.writeString(dir.resolve("panels.py"), script, StandardCharsets.UTF_8);

    // When the panels run in step order
    String[] outputs = runPython(dir, "panels.py").split("@@cell \\d+\n", -1);

    // Then every cell that claims an output prints exactly that
    assertEquals(cells.size() + 1, outputs.length);
    int checked = 0;
    for (int i = 0; i < cells.size(); i++) {
      PythonCell c = cells.get(i);
      if (c.printed().isPresent()) {
        assertEquals(
            c.printed().get() + "\n",
            outputs[i + 1],
            "step " + c.step() + " cell " + i + ":\n" + c.code());
        checked++;
      } else {
        assertFalse(c.note().isEmpty(), "a cell with unknown output says what the app got");
      }
    }
    assertEquals(printingCells, checked, "cells whose output the panels claim");

    // And session.py reproduces every metric of metrics.json at the same thresholds
    Files.delete(dir.resolve(PythonNotebook.REPRODUCED_METRICS));
    String printed = runPython(dir, NotebookExport.SCRIPT);
    Predictions p = s.predictions().orElseThrow();
    Path metrics = out.resolve("metrics.json");
    try (var w = Files.newBufferedWriter(metrics, StandardCharsets.UTF_8)) {
      MetricsJson.write(MetricReport.of(p, t), RankingReport.of(p), t, p.labelNames(), w);
    }
    assertSameMetrics(metrics, dir.resolve(PythonNotebook.REPRODUCED_METRICS));
    return printed;
  }

  /** The same keys under "metrics" and "ranking", every value within 1e-9 (or both null). */
  private static void assertSameMetrics(Path metricsJson, Path reproduced) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode app = mapper.readTree(metricsJson.toFile());
    JsonNode python = mapper.readTree(reproduced.toFile());
    for (String section : List.of("metrics", "ranking")) {
      List<String> appKeys = keys(app.get(section));
      assertEquals(appKeys, keys(python.get(section)), section + " keys");
      for (String key : appKeys) {
        JsonNode a = app.get(section).get(key);
        JsonNode b = python.get(section).get(key);
        if (a.isNull() || b.isNull()) {
          assertTrue(a.isNull() && b.isNull(), key + ": app " + a + ", scikit-learn " + b);
        } else {
          assertEquals(a.doubleValue(), b.doubleValue(), TOLERANCE, section + "." + key);
        }
      }
    }
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      keys.add(it.next().getKey());
    }
    keys.sort(null);
    return keys;
  }
}
