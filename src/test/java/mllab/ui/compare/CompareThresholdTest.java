package mllab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.eval.MetricReport;
import mllab.eval.Thresholds;
import mllab.pipeline.PipelineSession;
import mllab.ui.HeldRunner;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.Test;

/**
 * The Compare view's threshold with results too large to decide in the same frame: the rows are
 * worked out on a worker, and a drag's many values cost one report per method for the value in
 * force when a worker is free, not one per value.
 */
class CompareThresholdTest {

  private final PipelineSession session =
      new PipelineSession(
          DatasetGenerator.generate(GeneratorSettings.uniform(2000, 6, 12, 0.3, 3)), "gen");
  private final HeldRunner runner = new HeldRunner();

  /** The five methods fitted on 2,000 rows x 12 labels: 400 test rows each, 24,000 cells. */
  private CompareViewModel fittedOnTwelveLabels() {
    CompareViewModel model = new CompareViewModel(new SessionModel(session, runner), 0.5);
    model.start();
    runner.runAll();
    return model;
  }

  @Test
  void aDragOfThresholdsEndsAtTheLastOneWithOneWorkerJobPerFreeWorker() {
    // Given the five methods fitted on 2,000 rows x 12 labels: 400 test rows each, 24,000 cells
    CompareViewModel model = fittedOnTwelveLabels();
    assertEquals(0.5, threshold(model), 1e-12);

    // When the slider is dragged through three values while the worker is busy
    int before = runner.started;
    model.thresholdProperty().set(0.6);
    model.thresholdProperty().set(0.65);
    model.thresholdProperty().set(0.7);
    assertEquals(1, runner.started - before, "a job for the first value only, while it runs");
    runner.runAll();

    // Then every method is decided at the last value, after two jobs: the first, then the last
    assertEquals(2, runner.started - before);
    for (CompareViewModel.Row row : model.rows()) {
      assertEquals(
          MetricReport.of(row.result().test(), Thresholds.global(0.7, 12)).microF1(),
          row.report().microF1(),
          1e-12,
          row.name());
    }
  }

  @Test
  void theLabelNamesChangeWithTheRowsTheyIndexNeverBefore() {
    // Given the methods fitted on a 12-label set
    CompareViewModel model = fittedOnTwelveLabels();
    assertEquals(12, model.labels().size());

    // When a 16-label set is put to use while the window is open (its chain order follows), and
    // the methods are fitted again, and the fit ends while its rows are still being worked out
    session.setDataset(
        DatasetGenerator.generate(GeneratorSettings.uniform(2000, 6, 16, 0.3, 4)),
        java.util.Optional.empty(),
        "gen16");
    runner.runAll();
    assertEquals(16, model.chainOrderProperty().get().split(",").length);
    model.start();
    runner.runNext();

    // Then the per-label bars still name the 12 labels the rows on screen hold
    assertEquals(12, model.labels().size());
    assertEquals(12, model.rows().get(0).report().labelCount());

    // and once the rows come, both are the 16 labels'
    runner.runAll();
    assertEquals(16, model.labels().size());
    assertEquals(16, model.rows().get(0).report().labelCount());
  }

  /** The threshold the rows' reports were decided at, read back from the first method's report. */
  private static double threshold(CompareViewModel model) {
    CompareViewModel.Row row = model.rows().get(0);
    for (double t : new double[] {0.5, 0.6, 0.65, 0.7}) {
      if (MetricReport.of(row.result().test(), Thresholds.global(t, 12)).microF1()
          == row.report().microF1()) {
        return t;
      }
    }
    return Double.NaN;
  }
}
