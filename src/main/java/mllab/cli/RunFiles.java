package mllab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mllab.eval.Tuning;
import mllab.export.EpochsCsv;
import mllab.export.MetricsJson;
import mllab.export.PredictionsCsv;
import mllab.model.TrainingRun;

/**
 * The files {@code mllab run} writes into its output folder: the loss per epoch, the test rows'
 * probabilities and decisions, and every metric as JSON (with the tuning and early stopping used).
 */
final class RunFiles {

  /** The three files written into the output folder. */
  static final String EPOCHS_FILE = "epochs.csv";

  static final String PREDICTIONS_FILE = "predictions.csv";
  static final String METRICS_FILE = "metrics.json";

  private RunFiles() {}

  /** Writes the files into {@code dir}, creating it when needed; epochs.csv only for a network. */
  static void write(RunOutcome r, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> names = r.predictions().labelNames();
    if (r.run().isPresent()) {
      try (Writer w = Files.newBufferedWriter(dir.resolve(EPOCHS_FILE), StandardCharsets.UTF_8)) {
        EpochsCsv.write(r.run().get().history(), names, w);
      }
    }
    try (Writer w =
        Files.newBufferedWriter(dir.resolve(PREDICTIONS_FILE), StandardCharsets.UTF_8)) {
      PredictionsCsv.write(r.predictions(), r.thresholds(), w);
    }
    ObjectNode json = MetricsJson.toJson(r.report(), r.ranking(), r.thresholds(), names);
    json.put("method", r.method().cliName());
    json.put("tuning", r.tuning().map(t -> t.tuning().cliName()).orElse(Tuning.NONE.cliName()));
    r.tuning()
        .ifPresent(
            t -> {
              json.put("tuned_on", t.tunedOn());
              t.comparison()
                  .ifPresent(
                      c -> {
                        // The leak, for comparison only: never the model's score.
                        ObjectNode leak = json.putObject("tuned_on_test_for_comparison");
                        leak.put("micro_f1", c.optimistic().microF1());
                        leak.put("macro_f1", c.optimistic().macroF1());
                        leak.put("micro_f1_gap", c.microF1Gap());
                        leak.put(
                            "note",
                            "thresholds tuned on the test rows themselves: optimistic, not a score");
                      });
            });
    r.unseenTestSets().ifPresent(u -> json.put("test_rows_with_unseen_label_set", u));
    r.run()
        .filter(TrainingRun::stoppedEarly)
        .ifPresent(
            run -> {
              json.put("stopped_early_at_epoch", run.epochsDone());
              json.put("best_validation_epoch", run.bestEpoch());
            });
    try (Writer w = Files.newBufferedWriter(dir.resolve(METRICS_FILE), StandardCharsets.UTF_8)) {
      MetricsJson.write(json, w);
    }
  }
}
