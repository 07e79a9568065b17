package mllab.methods;

import java.util.concurrent.CancellationException;
import mllab.data.Dataset;
import mllab.model.Mlp;
import mllab.model.RunOptions;
import mllab.model.Trainer;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;

/**
 * The app's network as one of the compared methods: the same {@link TrainingConfig} and {@link
 * RunOptions} as step 4, trained for all its epochs (or until early stopping ends it).
 *
 * <p>Seen as a multi-label method it is binary relevance with a shared hidden layer: one sigmoid
 * output per label, each its own logistic regression, but all reading the same learned features, so
 * what helps one label can help the others. The weights it predicts with are those step 5 would
 * use: the last epoch's, or the best validation epoch's when early stopping ended the run.
 */
public final class NetworkMethod implements MultiLabelMethod {

  private final TrainingConfig config;
  private final RunOptions options;

  public NetworkMethod(TrainingConfig config, RunOptions options) {
    this.config = java.util.Objects.requireNonNull(config, "config");
    this.options = java.util.Objects.requireNonNull(options, "options");
  }

  @Override
  public MethodKind kind() {
    return MethodKind.MLP;
  }

  /** "Neural network (MLP) + pos_weight" when the loss weights the positives. */
  @Override
  public String name() {
    return options.positiveWeighting()
        ? mllab.text.Text.get("engine.method.MLP.weightedName")
        : kind().displayName();
  }

  @Override
  public String settings() {
    StringBuilder hidden = new StringBuilder();
    for (int h : config.hiddenLayers()) {
      hidden.append(hidden.length() == 0 ? "" : " → ").append(h);
    }
    return mllab.text.Text.get(
        "engine.method.MLP.settings",
        hidden.length() == 0 ? "0" : hidden.toString(),
        String.valueOf(config.epochs()));
  }

  @Override
  public FittedMethod fit(Dataset train, Dataset validation, Progress progress) {
    // Without validation rows, the run's per-epoch evaluation reads the training rows: it needs
    // some rows, and never the test rows.
    Dataset watched = validation != null ? validation : train;
    TrainingRun run = new Trainer(config, options).start(train, validation, watched);
    while (!run.finished()) {
      if (progress.cancelled()) {
        run.cancel();
        throw new CancellationException("cancelled");
      }
      run.nextEpoch();
      progress.done(run.epochsDone() / (double) config.epochs());
    }
    progress.done(1);
    Mlp model = run.stoppedEarly() ? run.bestModel() : run.model();
    return model::predictProbabilities;
  }
}
