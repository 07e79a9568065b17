package mllab.pipeline;

import java.util.Objects;
import mllab.data.Dataset;
import mllab.data.DatasetStats;
import mllab.prep.FitScope;
import mllab.prep.FittedScaler;
import mllab.prep.Scaler;
import mllab.prep.ScalerComparison;
import mllab.prep.ScalingReport;
import mllab.split.BaseRateLoss;
import mllab.split.Split;
import mllab.split.SplitMethod;
import mllab.split.Splitter;

/**
 * The results of steps 1–3 (statistics, split, scaling, the leakage comparison and the base-rate
 * loss the training lesson quotes) for one set of choices, computed in one go from an immutable
 * copy of those choices. This is what lets the window compute them on a worker thread: {@link
 * PipelineSession#upstreamToPrepare()} copies the choices, {@link #compute} runs anywhere, and
 * {@link PipelineSession#install} keeps the results only if no choice changed meanwhile.
 *
 * @param version the session's version of the choices these results belong to
 */
public record Upstream(
    long version,
    Dataset combined,
    DatasetStats stats,
    Split split,
    FittedScaler scaler,
    Split scaledSplit,
    ScalingReport testReport,
    ScalerComparison leakage,
    BaseRateLoss baseRate) {

  /** The choices steps 1–3 depend on, copied from the session at one moment. */
  public record Inputs(
      long version,
      Dataset dataset,
      Dataset predefinedTest,
      SplitMethod method,
      double testFraction,
      long seed,
      FitScope scope,
      double validationFraction,
      SplitMethod validationMethod) {

    public Inputs {
      Objects.requireNonNull(dataset, "dataset");
      Objects.requireNonNull(scope, "scope");
    }
  }

  /** Computes every result of steps 1–3 for {@code in}; touches no session. */
  public static Upstream compute(Inputs in) {
    Dataset combined =
        in.predefinedTest() == null ? in.dataset() : concat(in.dataset(), in.predefinedTest());
    DatasetStats stats = DatasetStats.of(combined);
    Split twoParts =
        in.predefinedTest() != null
            ? Split.predefined(in.dataset(), in.predefinedTest())
            : Splitter.of(in.method(), in.testFraction(), in.seed()).split(in.dataset());
    Split split =
        in.validationFraction() > 0
            ? Splitter.carveValidation(
                twoParts, in.validationMethod(), in.validationFraction(), in.seed())
            : twoParts;
    FittedScaler scaler = Scaler.MIN_MAX.fit(split, in.scope());
    return new Upstream(
        in.version(),
        combined,
        stats,
        split,
        scaler,
        scaler.apply(split),
        scaler.report(split.test()),
        ScalerComparison.leakage(Scaler.MIN_MAX, split),
        BaseRateLoss.of(split));
  }

  /** A dataset shipped as two files, as one: the training file's rows, then the test file's. */
  static Dataset concat(Dataset a, Dataset b) {
    double[][] f = new double[a.rows() + b.rows()][];
    int[][] y = new int[a.rows() + b.rows()][];
    for (int i = 0; i < a.rows(); i++) {
      f[i] = a.featureRow(i);
      y[i] = a.labelRow(i);
    }
    for (int i = 0; i < b.rows(); i++) {
      f[a.rows() + i] = b.featureRow(i);
      y[a.rows() + i] = b.labelRow(i);
    }
    return new Dataset(a.name(), f, y, a.featureNames(), a.labelNames());
  }
}
