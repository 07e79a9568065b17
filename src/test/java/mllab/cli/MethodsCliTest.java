package mllab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mllab.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --method/--validation/--tune/--early-stopping/--pos-weight} and {@code compare}. */
class MethodsCliTest {

  @TempDir Path dir;

  private static Result cli(String... args) {
    return CliRunner.cli(args);
  }

  private JsonNode metrics(Path out) throws Exception {
    return new ObjectMapper().readTree(out.resolve(RunFiles.METRICS_FILE).toFile());
  }

  @Test
  void thresholdsTunedOnValidationAreReportedAsSuchAndTheTestTunedOnesOnlyForComparison()
      throws Exception {
    // Given the lesson with a validation part and F1-optimal thresholds
    Path out = dir.resolve("honest");
    Result r =
        cli(
            "run",
            "--validation",
            "0.15",
            "--tune",
            "f1",
            "--epochs",
            "5",
            "--out",
            out.toString());

    // Then metrics.json says the thresholds were tuned on the validation rows, and the leak's
    // number is kept apart from the reported micro-F1
    assertEquals(0, r.code(), r.err());
    JsonNode m = metrics(out);
    assertEquals("validation", m.get("tuned_on").asText());
    assertEquals("f1", m.get("tuning").asText());
    double reported = m.get("metrics").get("micro_f1").asDouble();
    double leak = m.get("tuned_on_test_for_comparison").get("micro_f1").asDouble();
    assertNotEquals(reported, leak);
    assertEquals(
        leak - reported,
        m.get("tuned_on_test_for_comparison").get("micro_f1_gap").asDouble(),
        1e-12);
    assertTrue(r.out().contains("tuned on the validation rows"), r.out());
    assertFalse(r.err().contains("optimistic"), r.err());
  }

  @Test
  void tuningWithoutAValidationPartTunesOnTheTestRowsAndSaysSo() throws Exception {
    Path out = dir.resolve("leaky");
    Result r = cli("run", "--tune", "pcut", "--epochs", "3", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("test", metrics(out).get("tuned_on").asText());
    assertTrue(r.err().contains("optimistic"), r.err());
  }

  @Test
  void aClassicalMethodWritesPredictionsAndMetricsButNoEpochs() throws Exception {
    Path out = dir.resolve("lp");
    Result r = cli("run", "--method", "lp", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("lp", metrics(out).get("method").asText());
    assertTrue(metrics(out).has("test_rows_with_unseen_label_set"));
    assertFalse(Files.exists(out.resolve(RunFiles.EPOCHS_FILE)));
    assertTrue(Files.exists(out.resolve(RunFiles.PREDICTIONS_FILE)));
    assertTrue(r.out().contains("Label powerset"), r.out());
  }

  @Test
  void earlyStoppingIsRecordedAndNeedsAValidationPart() throws Exception {
    Path out = dir.resolve("early");
    Result r =
        cli(
            "run",
            "--validation",
            "0.15",
            "--early-stopping",
            "2",
            "--lr",
            "0.1",
            "--epochs",
            "300",
            "--pos-weight",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode m = metrics(out);
    assertEquals(
        m.get("stopped_early_at_epoch").asInt() - 2, m.get("best_validation_epoch").asInt());

    Result refused = cli("run", "--early-stopping", "2", "--out", dir.resolve("x").toString());
    assertEquals(Cli.BAD_INPUT, refused.code());
    assertTrue(refused.err().contains("validation"), refused.err());
  }

  @Test
  void badMethodAndChainOrderAreNamed() {
    Result method = cli("run", "--method", "svm", "--out", dir.toString());
    assertEquals(Cli.BAD_INPUT, method.code());
    assertTrue(method.err().contains("'svm'"), method.err());
    Result order =
        cli(
            "run",
            "--method",
            "cc",
            "--chain-order",
            "beach,snow,city,people",
            "--out",
            dir.toString());
    assertEquals(Cli.BAD_INPUT, order.code());
    assertTrue(order.err().contains("'snow'"), order.err());
  }

  @Test
  void compareWritesOneRowPerMethod() throws Exception {
    // Given the lesson
    Path out = dir.resolve("cmp");

    // When the five methods are compared with a validation part and PCut
    Result r =
        cli(
            "compare",
            "--validation",
            "0.15",
            "--tune",
            "pcut",
            "--chain-order",
            "city,people,sunset,beach",
            "--out",
            out.toString());

    // Then comparison.csv has a header and five rows, tuned on validation
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out.resolve(CompareCommand.COMPARISON_FILE));
    assertEquals(6, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("method,settings,fit_seconds,hamming_loss"));
    List<String> methods = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertEquals(List.of("mlp", "br", "cc", "lp", "knn"), methods);
    assertTrue(lines.get(3).contains("order 4, 3, 2, 1"), lines.get(3));
    assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",pcut,validation,")));
  }
}
