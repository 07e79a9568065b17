package mllab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mllab.eval.MetricReport;
import mllab.eval.Thresholds;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's Export menu writes what the Evaluation step shows, at its thresholds. */
class ExportTest {

  @TempDir Path dir;

  private static PipelineSession trained() {
    PipelineSession s = Lesson.session();
    var run = s.newTrainingRun();
    run.runAll(r -> {});
    s.trainingFinished(run);
    return s;
  }

  @Test
  void beforeTrainingThereIsNothingToExportAndTheMessageSaysWhatToDo() {
    PipelineSession s = Lesson.session();
    assertFalse(Export.PREDICTIONS_CSV.availableIn(s));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Export.METRICS_JSON.write(s, Thresholds.global(0.5, 4), dir.resolve("m.json")));
    assertTrue(e.getMessage().contains("train the model in step 4 first"));
    assertFalse(Files.exists(dir.resolve("m.json")));
  }

  @Test
  void predictionsAndMetricsAreWrittenAtTheThresholdsOnScreen() throws Exception {
    // Given a trained lesson and per-label thresholds as the student set them
    PipelineSession s = trained();
    Thresholds t = Thresholds.perLabel(0.7, 0.5, 0.3, 0.5);
    // When the predictions and the metrics are exported
    Export.PREDICTIONS_CSV.write(s, t, dir.resolve("predictions.csv"));
    Export.METRICS_JSON.write(s, t, dir.resolve("metrics.json"));
    Export.EPOCHS_CSV.write(s, t, dir.resolve("epochs.csv"));
    // Then the predictions file has a header and one line per test row, with each label's threshold
    List<String> lines = Files.readAllLines(dir.resolve("predictions.csv"));
    assertEquals(201, lines.size());
    assertTrue(lines.get(0).contains("threshold_beach"), lines.get(0));
    assertTrue(lines.get(1).contains(",0.7,"), lines.get(1));
    // And the metrics are those of the engine at those thresholds
    JsonNode json = new ObjectMapper().readTree(dir.resolve("metrics.json").toFile());
    MetricReport expected = MetricReport.of(s.predictions().orElseThrow(), t);
    assertEquals(expected.hammingLoss(), json.at("/metrics/hamming_loss").doubleValue());
    // And the epoch table has the five epochs
    assertEquals(6, Files.readAllLines(dir.resolve("epochs.csv")).size());
    // And no temporary file is left behind
    try (var files = Files.list(dir)) {
      assertEquals(3, files.count());
    }
  }
}
