/**
 * Everything that turns probabilities into numbers a student reads: {@link mllab.eval.Thresholds}
 * (one or one per label) decide 0/1, {@link mllab.eval.MetricReport} holds every
 * threshold-dependent metric ({@link mllab.eval.Metric}), {@link mllab.eval.RankingReport} the ones
 * that read only the order ({@link mllab.eval.RankingMetric}), and {@link
 * mllab.eval.ThresholdSweep} the curves and tuned thresholds ({@link mllab.eval.Tuning}).
 *
 * <p>The definitions are scikit-learn's, including {@code zero_division=0}, which is written once,
 * in {@link mllab.eval.ConfusionCounts}. Reports are immutable; re-thresholding never retrains.
 * Whether the incubating Vector API is used (by the decisions here and by the kernels in {@code
 * model}) is decided once, by {@link mllab.capability.VectorApi}.
 *
 * <p>Engine layer: plain Java; it may call only {@code capability} and {@code text}.
 */
package mllab.eval;
