package mllab.lesson;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import mllab.data.DatasetStats;
import mllab.data.DatasetStats.FeatureSummary;
import mllab.prep.ScalerComparison;
import mllab.prep.ScalingReport;
import mllab.text.Text;

/**
 * Step 2's lesson sentences about data other than the photo lesson: how far apart its features' raw
 * scales lie ({@code {scales}}) and what fitting the scaler on all rows changes in its test rows
 * ({@code {leak}}). Both are read from results the session has already computed.
 */
final class ScalingWords {

  private ScalingWords() {}

  /** The narrowest and the widest non-constant feature, or that all already lie in 0–1. */
  static String scales(DatasetStats stats) {
    List<FeatureSummary> all = stats.featureSummaries();
    FeatureSummary narrow = null;
    FeatureSummary wide = null;
    int constant = 0;
    boolean withinUnit = true;
    boolean exactlyUnit = true;
    for (FeatureSummary f : all) {
      double width = f.max() - f.min();
      withinUnit &= f.min() >= 0 && f.max() <= 1;
      if (width == 0) {
        constant++;
        continue;
      }
      exactlyUnit &= f.min() == 0 && f.max() == 1;
      narrow = narrow == null || width < narrow.max() - narrow.min() ? f : narrow;
      wide = wide == null || width > wide.max() - wide.min() ? f : wide;
    }
    String first;
    if (wide == null) {
      first = Text.get("lesson.scales.allConstant");
    } else if (exactlyUnit && withinUnit) {
      first = Text.get("lesson.scales.zeroToOne", all.size() - constant, constant);
    } else {
      first =
          Text.get(
              withinUnit ? "lesson.scales.withinUnit" : "lesson.scales.apart",
              narrow.name(),
              number(narrow.min()),
              number(narrow.max()),
              wide.name(),
              number(wide.min()),
              number(wide.max()));
    }
    if (constant == 0 || wide == null) {
      return first;
    }
    return first
        + " "
        + Text.get("lesson.scales.constant", constant, mllab.text.Decimals.count(all.size()));
  }

  /** What the toggle to "Fit on all rows" does to this split's test values. */
  static String leak(ScalerComparison c) {
    if (c.differingCells() == 0) {
      return Text.get("lesson.leak.none");
    }
    ScalingReport honest = c.first();
    Optional<ScalingReport.Cell> farthest = farthest(honest);
    if (farthest.isEmpty()) {
      // Cells differ but none lies outside 0–1: not possible for min-max, said plainly if it were.
      return Text.get("lesson.leak.inside", c.differingCells());
    }
    ScalingReport.Cell cell = farthest.get();
    return Text.get(
        "lesson.leak.outside",
        honest.outsideCount(),
        mllab.text.Decimals.count(honest.totalCells()),
        honest.featuresOutside().size(),
        number(cell.raw()),
        cell.featureName(),
        number(cell.scaled()),
        c.differingCells());
  }

  /** The test value that lies farthest outside 0–1 after the training rows' fit. */
  private static Optional<ScalingReport.Cell> farthest(ScalingReport r) {
    Optional<ScalingReport.Cell> high = r.highest();
    Optional<ScalingReport.Cell> low = r.lowest();
    if (high.isEmpty() || low.isEmpty()) {
      return high.isPresent() ? high : low;
    }
    return high.get().scaled() - 1 >= -low.get().scaled() ? high : low;
  }

  /** Three significant digits, without trailing zeros or an exponent: 255, 0.304, -1.5. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return mllab.text.Decimals.count((long) v);
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
