package mllab.ui.training;

import mllab.model.EpochReport;

/**
 * One row of the epoch table: the numbers of an epoch and the sentence that reads them.
 *
 * @param report the trainer's report, unchanged
 * @param observation what the numbers say ({@link mllab.lesson.Observation#text()})
 */
public record EpochRow(EpochReport report, String observation) {

  public int epoch() {
    return report.epoch();
  }

  /** The test loss: what the curve and the observation compare. */
  public double loss() {
    return report.testLoss();
  }

  /** Label accuracy on the test rows (1 − Hamming loss). */
  public double accuracy() {
    return report.labelAccuracy();
  }
}
