package mllab.eval;

import java.util.function.ToDoubleFunction;
import mllab.text.Text;

/**
 * The ranking metrics: they read only the order of the probabilities within a row, so no threshold
 * changes them. The counterpart of {@link Metric} for {@link RankingReport}, with the name
 * scikit-learn gives each one (the key in {@code metrics.json}).
 */
public enum RankingMetric {
  COVERAGE_ERROR(
      "coverage_error",
      false,
      RankingReport::coverageError,
      "evaluation.coverageError",
      "evaluation.howFarDownRanked"),
  LABEL_RANKING_AVERAGE_PRECISION(
      "label_ranking_average_precision",
      true,
      RankingReport::labelRankingAveragePrecision,
      "evaluation.lrap",
      "evaluation.labelRankingAveragePrecision"),
  RANKING_LOSS(
      "label_ranking_loss",
      false,
      RankingReport::rankingLoss,
      "evaluation.rankingLoss",
      "evaluation.shareTrueFalseLabel"),
  /** NaN when no label has both positive and negative rows. */
  MACRO_ROC_AUC(
      "macro_roc_auc",
      true,
      RankingReport::macroRocAuc,
      "evaluation.rocAucMacro",
      "evaluation.meanAreaUnderEach");

  private final String key;
  private final boolean higherIsBetter;
  private final ToDoubleFunction<RankingReport> extractor;
  private final String nameKey;
  private final String definitionKey;

  RankingMetric(
      String key,
      boolean higherIsBetter,
      ToDoubleFunction<RankingReport> extractor,
      String nameKey,
      String definitionKey) {
    this.key = key;
    this.higherIsBetter = higherIsBetter;
    this.extractor = extractor;
    this.nameKey = nameKey;
    this.definitionKey = definitionKey;
  }

  /** scikit-learn's name for it, e.g. "label_ranking_loss"; the key in {@code metrics.json}. */
  public String key() {
    return key;
  }

  /** A short name for labels, e.g. "Ranking loss". */
  public String displayName() {
    return Text.get(nameKey);
  }

  /** One sentence in plain words saying what it measures. */
  public String definition() {
    return Text.get(definitionKey);
  }

  /** True for scores (1 is perfect), false for losses and coverage (lower is better). */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** This metric's value in {@code report}; NaN where it is undefined. */
  public double valueIn(RankingReport report) {
    return extractor.applyAsDouble(report);
  }
}
