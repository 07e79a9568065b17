package mllab.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.RankingReport;
import mllab.eval.Thresholds;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;

/**
 * What the app's Export menu writes: the predictions with their thresholds, the metrics (CSV or
 * JSON) and the epoch table, each from the session as it is now. Files are written to a temporary
 * file beside the target and moved into place, so a failure never leaves half a file behind.
 */
public enum Export {
  PREDICTIONS_CSV("predictions.csv"),
  METRICS_CSV("metrics.csv"),
  METRICS_JSON("metrics.json"),
  EPOCHS_CSV("epochs.csv");

  private final String defaultFileName;

  Export(String defaultFileName) {
    this.defaultFileName = defaultFileName;
  }

  public String title() {
    String key = "export.title." + name();
    return Text.get(key);
  }

  public String defaultFileName() {
    return defaultFileName;
  }

  /**
   * What an export reads, taken from the session on the thread that owns it, so that writing can
   * happen elsewhere while the student keeps changing the session.
   */
  public record Snapshot(
      java.util.Optional<Predictions> predictions,
      java.util.List<mllab.model.EpochReport> history,
      java.util.List<String> labelNames) {

    public static Snapshot of(PipelineSession session) {
      return new Snapshot(session.predictions(), session.history(), session.dataset().labelNames());
    }
  }

  /** Whether the session has what this export needs (a trained model, or at least one epoch). */
  public boolean availableIn(PipelineSession session) {
    return availableIn(Snapshot.of(session));
  }

  private boolean availableIn(Snapshot s) {
    return this == EPOCHS_CSV ? !s.history().isEmpty() : s.predictions().isPresent();
  }

  /** Writes this export of {@code session} at {@code thresholds} to {@code file}. */
  public void write(PipelineSession session, Thresholds thresholds, Path file) throws IOException {
    write(Snapshot.of(session), thresholds, file);
  }

  /**
   * Writes this export of {@code snapshot} at {@code thresholds} to {@code file}.
   *
   * @throws IllegalStateException when the model has not been trained yet
   */
  public void write(Snapshot session, Thresholds thresholds, Path file) throws IOException {
    if (!availableIn(session)) {
      throw new IllegalStateException(Text.get("export.nothingYet"));
    }
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export", ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        writeTo(session, thresholds, out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void writeTo(Snapshot session, Thresholds thresholds, Writer out) throws IOException {
    if (this == EPOCHS_CSV) {
      EpochsCsv.write(session.history(), session.labelNames(), out);
      return;
    }
    Predictions p = session.predictions().orElseThrow();
    switch (this) {
      case PREDICTIONS_CSV -> PredictionsCsv.write(p, thresholds, out);
      case METRICS_CSV -> MetricsCsv.write(MetricReport.of(p, thresholds), out);
      case METRICS_JSON ->
          MetricsJson.write(
              MetricReport.of(p, thresholds), RankingReport.of(p), thresholds, p.labelNames(), out);
      default -> throw new IllegalStateException(name());
    }
  }
}
