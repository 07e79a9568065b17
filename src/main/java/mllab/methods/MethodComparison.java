package mllab.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import mllab.data.Dataset;
import mllab.eval.Predictions;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.split.Split;

/**
 * Fits several methods on the same split and scaled features, one after the other, and keeps each
 * one's probabilities for the test rows: the fair comparison, because any difference in the scores
 * then comes from the methods alone.
 *
 * <p>Run it off the UI thread; {@link Listener} hears which method is fitting and how far it is,
 * and can stop the whole comparison.
 */
public final class MethodComparison {

  /** Hears progress; called on the fitting thread. */
  public interface Listener {
    /** Method {@code index} of {@code count} is {@code fraction} done. */
    void progress(int index, int count, MethodKind kind, double fraction);

    default boolean cancelled() {
      return false;
    }
  }

  private MethodComparison() {}

  /**
   * The five methods with the app's defaults: the network with {@code config} and {@code options},
   * binary relevance, a classifier chain in {@code chainOrder} (the labels' own order when null),
   * label powerset (all at C = 1) and k nearest neighbours with k = 10.
   */
  public static List<MultiLabelMethod> defaults(
      TrainingConfig config, RunOptions options, int labels, int[] chainOrder) {
    return List.of(
        new NetworkMethod(config, options),
        new BinaryRelevance(LogisticRegressions.DEFAULT_C),
        new ClassifierChain(
            LogisticRegressions.DEFAULT_C,
            chainOrder != null ? chainOrder : ClassifierChain.naturalOrder(labels)),
        new LabelPowerset(LogisticRegressions.DEFAULT_C),
        new KNearestNeighbours(KNearestNeighbours.DEFAULT_K));
  }

  /**
   * Fits every method on {@code split}'s training rows (already scaled) and predicts its test and
   * validation rows.
   *
   * @throws java.util.concurrent.CancellationException when the listener cancels
   */
  public static List<MethodResult> run(
      List<MultiLabelMethod> methods, Split split, Listener listener) {
    List<MethodResult> results = new ArrayList<>();
    Dataset train = split.train();
    Dataset test = split.test();
    Dataset validation = split.validation().orElse(null);
    for (int m = 0; m < methods.size(); m++) {
      MultiLabelMethod method = methods.get(m);
      int index = m;
      Progress progress =
          new Progress() {
            @Override
            public void done(double fraction) {
              listener.progress(index, methods.size(), method.kind(), fraction);
            }

            @Override
            public boolean cancelled() {
              return listener.cancelled();
            }
          };
      progress.done(0);
      long start = System.nanoTime();
      FittedMethod fitted = method.fit(train, validation, progress);
      long nanos = System.nanoTime() - start;
      Predictions testPredictions = predict(fitted, test);
      Optional<Predictions> validationPredictions =
          Optional.ofNullable(validation).map(v -> predict(fitted, v));
      OptionalInt unseen =
          fitted instanceof LabelPowerset.Fitted lp
              ? OptionalInt.of(lp.unseenRows(test.labelMatrix()))
              : OptionalInt.empty();
      results.add(
          new MethodResult(
              method.kind(),
              method.name(),
              method.settings(),
              testPredictions,
              validationPredictions,
              nanos,
              unseen));
    }
    return List.copyOf(results);
  }

  /** {@code fitted}'s probabilities for {@code rows}, with their true labels. */
  public static Predictions predict(FittedMethod fitted, Dataset rows) {
    return new Predictions(
        fitted.probabilities(rows.featureMatrix()), rows.labelMatrix(), rows.labelNames());
  }
}
