package mllab.pipeline;

import mllab.data.Dataset;
import mllab.data.DatasetStats;
import mllab.prep.FittedScaler;
import mllab.prep.Scaler;
import mllab.prep.ScalerComparison;
import mllab.prep.ScalingReport;
import mllab.split.BaseRateLoss;
import mllab.split.Split;
import mllab.split.Splitter;

/**
 * The session's results of steps 1–3 (statistics, split, scaling, leakage), each computed on first
 * use from the session's current choices or installed from an {@link Upstream} computed on a
 * worker, and dropped when a choice they depend on changes.
 *
 * <p>Not thread-safe on its own: {@link PipelineSession} calls it only while holding its own lock.
 */
final class UpstreamResults {

  private DatasetStats stats;
  private Dataset combined;
  private Split split;
  private FittedScaler scaler;
  private Split scaledSplit;
  private ScalingReport testReport;
  private ScalerComparison leakage;
  private BaseRateLoss baseRate;

  /** Counts changes of the choices steps 1-3 depend on; results of an older version are dropped. */
  private long version;

  /** The version of the choices the results belong to. */
  long version() {
    return version;
  }

  /**
   * Takes every result of {@code other}, as a new version: results being computed elsewhere for the
   * choices before are dropped when they arrive.
   */
  void takeFrom(UpstreamResults other) {
    stats = other.stats;
    combined = other.combined;
    split = other.split;
    scaler = other.scaler;
    scaledSplit = other.scaledSplit;
    testReport = other.testReport;
    leakage = other.leakage;
    baseRate = other.baseRate;
    version++;
  }

  /** Drops the results that depend on {@code step} and the steps after it. */
  void clear(Step step) {
    if (step.ordinal() <= Step.RAW_DATA.ordinal()) {
      stats = null;
      combined = null;
    }
    if (step.ordinal() <= Step.SPLIT.ordinal()) {
      split = null;
      scaler = null;
      scaledSplit = null;
      testReport = null;
      leakage = null;
      baseRate = null;
      version++;
    }
  }

  /** Whether every result is here. */
  boolean complete() {
    return stats != null
        && split != null
        && scaler != null
        && scaledSplit != null
        && testReport != null
        && leakage != null
        && baseRate != null;
  }

  /**
   * Keeps results computed by {@link Upstream#compute}, unless a choice changed since their inputs
   * were copied (then they are dropped and {@code false} is returned).
   */
  boolean install(Upstream u, Upstream.Inputs in) {
    if (u.version() != version) {
      return false;
    }
    // Results already here stay: the same choices give equal results, and screens and a trained
    // model may hold on to the ones they were given.
    if (in.predefinedTest() != null && combined == null) {
      combined = u.combined();
    }
    stats = stats != null ? stats : u.stats();
    if (split == null) {
      split = u.split();
      scaler = null;
      scaledSplit = null;
    }
    if (scaler == null) {
      scaler = u.scaler();
      scaledSplit = null;
    }
    scaledSplit = scaledSplit != null ? scaledSplit : u.scaledSplit();
    testReport = testReport != null ? testReport : u.testReport();
    leakage = leakage != null ? leakage : u.leakage();
    baseRate = baseRate != null ? baseRate : u.baseRate();
    return true;
  }

  DatasetStats stats(Upstream.Inputs in) {
    if (stats == null) {
      stats = DatasetStats.of(combined(in));
    }
    return stats;
  }

  Dataset combined(Upstream.Inputs in) {
    if (in.predefinedTest() == null) {
      return in.dataset();
    }
    if (combined == null) {
      combined = Upstream.concat(in.dataset(), in.predefinedTest());
    }
    return combined;
  }

  Split split(Upstream.Inputs in) {
    if (split == null) {
      Split s =
          in.predefinedTest() != null
              ? Split.predefined(in.dataset(), in.predefinedTest())
              : Splitter.of(in.method(), in.testFraction(), in.seed()).split(in.dataset());
      split =
          in.validationFraction() > 0
              ? Splitter.carveValidation(
                  s, in.validationMethod(), in.validationFraction(), in.seed())
              : s;
    }
    return split;
  }

  FittedScaler scaler(Upstream.Inputs in) {
    if (scaler == null) {
      scaler = Scaler.MIN_MAX.fit(split(in), in.scope());
    }
    return scaler;
  }

  Split scaledSplit(Upstream.Inputs in) {
    if (scaledSplit == null) {
      scaledSplit = scaler(in).apply(split(in));
    }
    return scaledSplit;
  }

  ScalingReport testReport(Upstream.Inputs in) {
    if (testReport == null) {
      testReport = scaler(in).report(split(in).test());
    }
    return testReport;
  }

  ScalerComparison leakage(Upstream.Inputs in) {
    if (leakage == null) {
      leakage = ScalerComparison.leakage(Scaler.MIN_MAX, split(in));
    }
    return leakage;
  }

  BaseRateLoss baseRate(Upstream.Inputs in) {
    if (baseRate == null) {
      baseRate = BaseRateLoss.of(split(in));
    }
    return baseRate;
  }
}
