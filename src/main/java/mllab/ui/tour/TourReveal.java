package mllab.ui.tour;

import java.util.List;
import java.util.Locale;
import mllab.eval.MetricReport;
import mllab.model.EpochReport;
import mllab.text.Text;

/**
 * The tour's answers to its two "predict first" questions, read off the real numbers: whether the
 * loss fell, rose or stayed (a large learning rate can make it rise), and whether recall fell or
 * stayed when the threshold went up (it can never rise). Numbers are compared as shown, to three
 * decimals, so the words never contradict the digits beside them.
 */
final class TourReveal {

  private TourReveal() {}

  /** What five epochs did to the test loss and the label accuracy. */
  static String training(List<EpochReport> h) {
    EpochReport first = h.get(0);
    EpochReport last = h.get(h.size() - 1);
    String l0 = f3(first.testLoss());
    String l1 = f3(last.testLoss());
    int loss = Double.compare(Double.parseDouble(l1), Double.parseDouble(l0));
    String a0 = f3(first.labelAccuracy());
    String a1 = f3(last.labelAccuracy());
    int accuracy = Double.compare(Double.parseDouble(a1), Double.parseDouble(a0));
    String epochs = String.valueOf(h.size());
    return Text.get("tour.training.answer." + direction(loss), l0, l1, epochs)
        + Text.get("tour.training.accuracy." + direction(accuracy), a0, a1)
        + Text.get("tour.training.guessing", f3(first.chanceLoss()))
        + (loss > 0 ? Text.get("tour.training.tooLarge") : "");
  }

  /** What raising the threshold from {@code lowThreshold} to {@code highThreshold} did. */
  static String threshold(
      MetricReport low, MetricReport high, double lowThreshold, double highThreshold) {
    if (low.rows() > 0 && low.rowsWithNoPrediction() == low.rows()) {
      // Nothing predicted at all (rare labels after a few epochs): "recall 0.000 at both" alone
      // would leave the student wondering why, so the answer says it and what to try.
      return Text.get(
          "tour.evaluation.answer.none",
          f1(lowThreshold),
          mllab.text.Decimals.count(low.rows()),
          f1(highThreshold));
    }
    String r0 = f3(low.microRecall());
    String r1 = f3(high.microRecall());
    boolean fell = Double.parseDouble(r1) < Double.parseDouble(r0);
    return Text.get(
        fell ? "tour.evaluation.answer.down" : "tour.evaluation.answer.same",
        r0,
        r1,
        f1(lowThreshold),
        f1(highThreshold),
        f3(low.microPrecision()),
        f3(high.microPrecision()));
  }

  private static String direction(int comparison) {
    return comparison < 0 ? "down" : comparison > 0 ? "up" : "level";
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
