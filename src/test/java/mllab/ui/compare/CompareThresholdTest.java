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

  @Test
  void aDragOfThresholdsEndsAtTheLastOneWithOneWorkerJobPerFreeWorker() {
    // Given the five methods fitted on 2,000 rows x 12 labels: 400 test rows each, 24,000 cells
    PipelineSession session =
        new PipelineSession(
            DatasetGenerator.generate(GeneratorSettings.uniform(2000, 6, 12, 0.3, 3)), "gen");
    HeldRunner runner = new HeldRunner();
    CompareViewModel model = new CompareViewModel(new SessionModel(session, runner), 0.5);
    model.start();
    runner.runAll();
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
