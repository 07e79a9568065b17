package mllab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mllab.cli.CliRunner.Result;
import mllab.data.Dataset;
import mllab.data.io.DatasetFormatException;
import mllab.data.io.DatasetReader;
import mllab.data.io.LabelSpec;
import mllab.data.io.LoadedData;
import mllab.data.io.ReadOptions;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.RankingReport;
import mllab.eval.Thresholds;
import mllab.lesson.Lesson;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir Path dir;

  private static Result cli(String... args) {
    return CliRunner.cli(args);
  }

  private static void assertNoStackTrace(String err) {
    assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
  }

  @Test
  void runOnTheBundledDatasetWritesMetricsEqualToTheEngines() throws Exception {
    // Given the bundled dataset and three epochs
    Path out = dir.resolve("results");

    // When the CLI runs without --data
    Result r = cli("run", "--epochs", "3", "--threshold", "0.4", "--out", out.toString());

    // Then it succeeds and writes the three files
    assertEquals(0, r.code(), r.err());
    for (String f : List.of("epochs.csv", "predictions.csv", "metrics.json")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    // and epochs.csv has a header and one line per epoch
    assertEquals(1 + 3, Files.readAllLines(out.resolve("epochs.csv")).size());
    // and predictions.csv one line per test row (20% of 1000)
    assertEquals(1 + 200, Files.readAllLines(out.resolve("predictions.csv")).size());

    // and metrics.json equals what the engine computes for the same choices
    PipelineSession session = Lesson.session();
    session.setTrainingConfig(TrainingConfig.lesson().withEpochs(3));
    TrainingRun run = session.newTrainingRun();
    run.runAll(e -> {});
    session.trainingFinished(run);
    Predictions p = session.predictions().orElseThrow();
    MetricReport engine = MetricReport.of(p, Thresholds.global(0.4, p.labelCount()));
    RankingReport ranking = RankingReport.of(p);
    JsonNode json = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
    for (Metric m : Metric.values()) {
      assertEquals(
          m.valueIn(engine),
          json.at("/metrics/" + m.name().toLowerCase()).doubleValue(),
          0,
          m.name());
    }
    assertEquals(
        ranking.labelRankingAveragePrecision(),
        json.at("/ranking/label_ranking_average_precision").doubleValue(),
        0);
    assertEquals(0.4, json.at("/thresholds/0").doubleValue(), 0);

    // and the printed table shows each epoch and the main metrics
    assertTrue(r.out().contains("observation"), r.out());
    assertTrue(r.out().contains("first epoch"), r.out());
    assertTrue(
        r.out()
            .contains(
                String.format(
                    java.util.Locale.ROOT,
                    "Hamming loss%s%.4f",
                    " ".repeat(19),
                    engine.hammingLoss())),
        r.out());
  }

  @Test
  void scaleFitAllLetsTheTestRowsIntoTheScalerAndChangesTheTestNumbers() throws Exception {
    // Given the lesson run twice, once per --scale-fit choice
    Result train = cli("run", "--scale-fit", "train", "--out", dir.resolve("train").toString());
    Result all = cli("run", "--scale-fit", "all", "--out", dir.resolve("all").toString());

    // Then both succeed and say which rows the scaler was fitted on
    assertEquals(0, train.code(), train.err());
    assertEquals(0, all.code(), all.err());
    assertTrue(train.out().contains("fitted on: Training rows only"), train.out());
    assertTrue(all.out().contains("fitted on: All rows (leaks the test set)"), all.out());
    // And the leak changes what the test rows give: the epoch table and the metrics differ
    assertFalse(
        Files.readString(dir.resolve("train/epochs.csv"))
            .equals(Files.readString(dir.resolve("all/epochs.csv"))));
    assertFalse(
        Files.readString(dir.resolve("train/metrics.json"))
            .equals(Files.readString(dir.resolve("all/metrics.json"))));
    // And without the option the scaler learns from the training rows, as in the app
    Result plain = cli("run", "--out", dir.resolve("plain").toString());
    assertEquals(
        Files.readString(dir.resolve("train/metrics.json")),
        Files.readString(dir.resolve("plain/metrics.json")));
  }

  @Test
  void scaleFitOtherThanTrainOrAllIsABadArgument() {
    Result r = cli("run", "--scale-fit", "test", "--out", dir.resolve("x").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--scale-fit"), r.err());
    assertNoStackTrace(r.err());
  }

  @Test
  void runKeepsTheSplitOfATrainAndTestFile() throws Exception {
    // Given a generated dataset stored as a training file and a test file
    Path train = dir.resolve("small-train.csv");
    Path test = dir.resolve("small-test.csv");
    assertEquals(
        0, cli("generate", "--rows", "120", "--seed", "1", "--out", train.toString()).code());
    assertEquals(
        0, cli("generate", "--rows", "30", "--seed", "2", "--out", test.toString()).code());
    Path out = dir.resolve("results");

    // When the CLI runs on the pair with the labels named
    Result r =
        cli(
            "run",
            "--data",
            train.toString(),
            "--test",
            test.toString(),
            "--labels",
            "beach,sunset,people,city",
            "--epochs",
            "2",
            "--optimizer",
            "adam",
            "--lr",
            "0.01",
            "--out",
            out.toString());

    // Then the predictions are exactly the 30 rows of the test file
    assertEquals(0, r.code(), r.err());
    assertEquals(1 + 30, Files.readAllLines(out.resolve("predictions.csv")).size());
    assertTrue(r.out().contains("120 train rows, 30 test rows (predefined)"), r.out());
  }

  @Test
  void damagedDatasetExitsTwoWithTheReadersMessageAndNoStackTrace() throws Exception {
    // Given a CSV whose third line has a word where a number belongs
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "f1,f2,l1,l2\n0.1,0.2,0,1\n0.3,oops,1,0\n");
    String expected =
        assertThrows(
                DatasetFormatException.class,
                () -> DatasetReader.read(bad, ReadOptions.defaults().withLabels(LabelSpec.last(2))))
            .getMessage();

    // When the CLI runs on it
    Result r =
        cli(
            "run",
            "--data",
            bad.toString(),
            "--last-labels",
            "2",
            "--out",
            dir.resolve("x").toString());

    // Then it exits 2 with the same one-line message the app shows, and no stack trace
    assertEquals(2, r.code());
    assertEquals("mllab: " + expected, r.err().strip());
    assertTrue(expected.startsWith("bad.csv line 3"), expected);
    assertFalse(Files.exists(dir.resolve("x")), "no results for a failed run");
  }

  @Test
  void debugFlagAddsTheStackTrace() throws Exception {
    // Given the same damaged file
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "f1,f2,l1,l2\n0.1,0.2,0,1\n0.3,oops,1,0\n");

    // When the CLI runs with --debug
    Result r =
        cli(
            "run",
            "--debug",
            "--data",
            bad.toString(),
            "--last-labels",
            "2",
            "--out",
            dir.resolve("x").toString());

    // Then the exit code is unchanged and the trace follows the message
    assertEquals(2, r.code());
    assertTrue(r.err().contains("DatasetFormatException") && r.err().contains("\tat "), r.err());
  }

  @Test
  void missingFileExitsTwoNamingThePath() {
    // Given a path where there is no file
    Path missing = dir.resolve("nowhere.arff");

    // When the CLI runs on it
    Result r = cli("run", "--data", missing.toString(), "--out", dir.resolve("x").toString());

    // Then the message names the path
    assertEquals(2, r.code());
    assertEquals("mllab: " + missing + ": no such file; check the path", r.err().strip());
  }

  @Test
  void learningRateZeroGivesTheEnginesMessageBeforeAnyTraining() {
    // Given a learning rate of 0
    // When the CLI runs
    Result r = cli("run", "--lr", "0", "--out", dir.resolve("x").toString());

    // Then the engine's message is shown, exit 2, nothing written
    assertEquals(2, r.code());
    assertEquals("mllab: learning rate 0 must be > 0 (try 0.01 to 0.1)", r.err().strip());
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void batchSizeZeroGivesTheEnginesMessage() {
    // Given a batch size of 0
    // When the CLI runs
    Result r = cli("run", "--batch", "0", "--out", dir.resolve("x").toString());

    // Then exit 2 and the engine's sentence
    assertEquals(2, r.code());
    assertEquals("mllab: batch size 0 must be at least 1 (try 32)", r.err().strip());
  }

  @Test
  void hiddenLayersThatAreNotNumbersAreRefusedWithAnExample() {
    // Given a hidden layer list with a word in it
    // When the CLI runs
    Result r = cli("run", "--hidden", "16,big", "--out", dir.resolve("x").toString());

    // Then the message quotes the value and shows the expected form
    assertEquals(2, r.code());
    assertEquals(
        "mllab: --hidden '16,big' is not a list of whole numbers; write e.g. 16 or 16,8"
            + " (or 'none')",
        r.err().strip());
  }

  @Test
  void damagedMulanLabelFileExitsTwoNamingIt() throws Exception {
    // Given a dataset and a label file that is not MULAN XML
    Path data = dir.resolve("d.csv");
    assertEquals(0, cli("generate", "--rows", "20", "--out", data.toString()).code());
    Path xml = dir.resolve("labels.xml");
    Files.writeString(xml, "<tags><tag/></tags>");

    // When the CLI runs with --xml
    Result r =
        cli(
            "run",
            "--data",
            data.toString(),
            "--xml",
            xml.toString(),
            "--out",
            dir.resolve("x").toString());

    // Then the label file is named with what a MULAN file looks like
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("mllab: labels.xml is not a MULAN label file"), r.err());
    assertNoStackTrace(r.err());
  }

  @Test
  void thresholdOutsideZeroToOneIsRefused() {
    // Given a threshold above 1
    // When the CLI runs
    Result r = cli("run", "--threshold", "1.5", "--out", dir.resolve("x").toString());

    // Then it says which value and what is allowed
    assertEquals(2, r.code());
    assertTrue(r.err().contains("threshold 1.5 is outside 0–1"), r.err());
    assertNoStackTrace(r.err());
  }

  @Test
  void wordWhereANumberBelongsIsABadArgument() {
    // Given a non-numeric epoch count
    // When the CLI runs
    Result r = cli("run", "--epochs", "many", "--out", dir.resolve("x").toString());

    // Then exit 2 with picocli's message and a pointer to the help
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'many'") && r.err().contains("mllab run --help"), r.err());
    assertNoStackTrace(r.err());
  }

  @Test
  void helpExitsZeroAndListsTheSubcommands() {
    // Given --help
    // When the CLI runs
    Result r = cli("--help");

    // Then the usage names every sub-command
    assertEquals(0, r.code());
    assertTrue(
        r.out().contains("run") && r.out().contains("generate") && r.out().contains("check"),
        r.out());
  }

  @Test
  void runHelpDocumentsTheDefaults() {
    // Given run --help
    // When the CLI runs
    Result r = cli("run", "--help");

    // Then the options and the lesson defaults are listed
    assertEquals(0, r.code());
    assertTrue(
        r.out().contains("--last-labels")
            && r.out()
                .replaceAll("\\s+", " ")
                .contains("lr " + mllab.model.TrainingConfig.lesson().learningRate() + ",")
            && r.out().contains("--optimizer adam --lr 0.001"),
        r.out());
  }

  @Test
  void noSubcommandShowsUsageAndExitsTwo() {
    // Given no arguments at all
    // When the CLI runs
    Result r = cli();

    // Then nothing was done, so the usage goes to stderr with exit 2
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Usage: mllab"), r.err());
  }

  @Test
  void versionExitsZero() {
    // Given --version
    // When the CLI runs
    Result r = cli("--version");

    // Then the product name is printed
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("Multi-Label Lab"), r.out());
  }

  @Test
  void generateWritesADatasetTheReaderLoadsWithTheAskedShape() throws Exception {
    // Given a request for 50 rows, 3 features and 2 labels
    Path file = dir.resolve("gen/synthetic.csv");

    // When generated
    Result r =
        cli(
            "generate",
            "--rows",
            "50",
            "--features",
            "3",
            "--labels",
            "2",
            "--prevalence",
            "0.3,0.2",
            "--noise",
            "0.5",
            "--correlation",
            "0",
            "--seed",
            "5",
            "--out",
            file.toString());

    // Then the file reads back with that shape and both labels occur
    assertEquals(0, r.code(), r.err());
    LoadedData loaded = DatasetReader.read(file, ReadOptions.defaults());
    Dataset d = loaded.train();
    assertEquals(List.of(50, 3, 2), List.of(d.rows(), d.featureCount(), d.labelCount()));
    for (int k = 0; k < 2; k++) {
      int count = 0;
      for (int i = 0; i < d.rows(); i++) {
        count += d.label(i, k);
      }
      assertTrue(count > 0 && count < 50, "label " + k + " occurs " + count + " times");
    }
    assertTrue(r.out().contains("50 rows, 3 features, 2 labels"), r.out());
  }

  @Test
  void generateWithoutOptionsReproducesTheBundledDataset() throws Exception {
    // Given no generator options
    Path file = dir.resolve("photos.csv");

    // When generated
    assertEquals(0, cli("generate", "--out", file.toString()).code());

    // Then the rows equal the bundled lesson dataset's
    Dataset d =
        DatasetReader.read(file, ReadOptions.defaults().withLabels(LabelSpec.last(4))).train();
    assertEquals(Lesson.dataset(), d);
  }

  @Test
  void generateWithPrevalenceForTheWrongLabelCountNamesBoth() {
    // Given three prevalences for two labels
    // When generated
    Result r =
        cli(
            "generate",
            "--labels",
            "2",
            "--prevalence",
            "0.1,0.2,0.3",
            "--out",
            dir.resolve("g.csv").toString());

    // Then the generator's message says so
    assertEquals(2, r.code());
    assertTrue(r.err().contains("prevalence has 3 values but there are 2 labels"), r.err());
  }

  @Test
  void checkOfABrokenBankPrintsTheLineAndExitsTwo() throws Exception {
    // Given a question file with an unclosed quote on line 3
    Path bank = dir.resolve("broken.yaml");
    Files.writeString(bank, "questions:\n  - id: a\n    prompt: \"unclosed\n    hint: x\n");

    // When checked
    Result r = cli("check", bank.toString());

    // Then the problem is printed as file:line and the exit code is 2
    assertEquals(2, r.code());
    assertTrue(r.out().contains(bank + ":3:"), r.out());
    assertTrue(r.out().contains("1 problem(s)"), r.out());
  }

  @Test
  void checkOfTheShippedQuestionsIsClean() {
    // Given the question bank the app ships
    // When checked
    Result r = cli("check", "assets/questions");

    // Then there are no problems
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("no problems"), r.out());
    // And it reports how often the longest option is the answer, well under one third
    mllab.quiz.QuestionBank.LongestAnswers share =
        mllab.quiz.QuestionBank.load(Path.of("assets/questions")).longestAnswers();
    assertTrue(share.share() <= 1.0 / 3, share.toString());
    assertTrue(
        r.out()
            .contains(
                "Longest option is the answer in "
                    + share.longest()
                    + " of "
                    + share.choices()
                    + " choice questions"),
        r.out());
  }

  @Test
  void checkOfAMissingPathExitsTwo() {
    // Given a bank path that does not exist
    Path missing = dir.resolve("nope.yaml");

    // When checked
    Result r = cli("check", missing.toString());

    // Then the path is named
    assertEquals(2, r.code());
    assertTrue(r.err().contains(missing + ": no such file"), r.err());
  }
}
