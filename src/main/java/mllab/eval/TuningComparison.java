package mllab.eval;

import java.util.Objects;

/**
 * The leak made visible: the same threshold tuning done twice, once honestly on the validation rows
 * and once on the test rows themselves, both measured on the test rows.
 *
 * <p>Thresholds tuned on the rows they are judged on fit those rows' quirks, so the test-tuned
 * score is optimistic: it is what the model would score only if the test rows had been available
 * when the thresholds were chosen, which for truly new data they never are. Thresholds tuned on
 * validation rows and then applied to the test rows give the honest estimate. The difference,
 * {@link #microF1Gap()}, is how optimistic the leak makes the test score. Never report the
 * test-tuned number as the model's score.
 *
 * @param tuning how the thresholds were chosen
 * @param onValidation thresholds tuned on the validation rows
 * @param onTest thresholds tuned on the test rows (the leak)
 * @param honest the test rows decided at {@code onValidation}: the number to report
 * @param optimistic the test rows decided at {@code onTest}: optimistic, for comparison only
 */
public record TuningComparison(
    Tuning tuning,
    Thresholds onValidation,
    Thresholds onTest,
    MetricReport honest,
    MetricReport optimistic) {

  public TuningComparison {
    Objects.requireNonNull(tuning, "tuning");
    Objects.requireNonNull(onValidation, "onValidation");
    Objects.requireNonNull(onTest, "onTest");
    Objects.requireNonNull(honest, "honest");
    Objects.requireNonNull(optimistic, "optimistic");
  }

  /**
   * Tunes on {@code validation} and on {@code test}, and measures both on {@code test}.
   *
   * @param trainCardinality the training rows' label cardinality, PCut's target
   * @param threshold the global threshold used for {@link Tuning#NONE}
   */
  public static TuningComparison of(
      Tuning tuning,
      Predictions validation,
      Predictions test,
      double trainCardinality,
      double threshold) {
    Thresholds v = tune(tuning, validation, trainCardinality, threshold);
    Thresholds t = tune(tuning, test, trainCardinality, threshold);
    return new TuningComparison(tuning, v, t, MetricReport.of(test, v), MetricReport.of(test, t));
  }

  /**
   * Thresholds chosen on {@code rows} by {@code tuning}; {@link Tuning#NONE} gives {@code
   * threshold} for every label.
   */
  public static Thresholds tune(
      Tuning tuning, Predictions rows, double trainCardinality, double threshold) {
    int l = rows.labelCount();
    return switch (tuning) {
      case NONE -> Thresholds.global(threshold, l);
      case F1 -> ThresholdSweep.of(rows, 2).f1OptimalThresholds();
      case PCUT ->
          Thresholds.global(
              ThresholdSweep.of(rows, 2).pCut(Math.min(l, trainCardinality)).threshold(), l);
    };
  }

  /** How much higher the test-tuned micro-F1 reads than the honest one. */
  public double microF1Gap() {
    return optimistic.microF1() - honest.microF1();
  }

  /** How much higher the test-tuned macro-F1 reads than the honest one. */
  public double macroF1Gap() {
    return optimistic.macroF1() - honest.macroF1();
  }
}
