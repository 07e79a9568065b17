package mllab.cli;

import java.util.List;
import mllab.methods.BinaryRelevance;
import mllab.methods.ClassifierChain;
import mllab.methods.KNearestNeighbours;
import mllab.methods.LabelPowerset;
import mllab.methods.MethodKind;
import mllab.methods.MultiLabelMethod;
import mllab.methods.NetworkMethod;
import mllab.model.Activation;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.text.Text;
import picocli.CommandLine.Option;

/**
 * The options that shape the models ({@code run}, {@code compare}): the network's hyper-parameters
 * (every one left out keeps the lesson's value, {@link TrainingConfig#lesson()}), early stopping
 * and positive weighting, and the settings of the classical methods.
 */
final class ModelOptions {

  @Option(names = "--epochs", paramLabel = "N")
  Integer epochs;

  @Option(names = "--hidden", paramLabel = "UNITS")
  String hidden;

  @Option(names = "--activation", paramLabel = "FN")
  Activation activation;

  @Option(names = "--output", paramLabel = "FN")
  OutputActivation output;

  @Option(names = "--optimizer", paramLabel = "NAME")
  Optimizer optimizer;

  @Option(names = "--lr", paramLabel = "RATE")
  Double learningRate;

  @Option(names = "--batch", paramLabel = "N")
  Integer batch;

  @Option(names = "--l2", paramLabel = "LAMBDA")
  Double l2;

  @Option(names = "--momentum", paramLabel = "MU")
  Double momentum;

  @Option(names = "--seed", paramLabel = "SEED")
  Long seed;

  @Option(
      names = "--early-stopping",
      paramLabel = "PATIENCE",
      defaultValue = "0",
      descriptionKey = "earlyStopping")
  int patience;

  @Option(names = "--pos-weight", descriptionKey = "posWeight")
  boolean positiveWeights;

  @Option(names = "--c", paramLabel = "C", defaultValue = "1.0")
  double c;

  @Option(names = "--k", paramLabel = "K", defaultValue = "10")
  int k;

  @Option(names = "--chain-order", paramLabel = "LABELS", descriptionKey = "chainOrder")
  String chainOrder;

  /** The lesson's configuration with every given option applied; checked by the engine. */
  TrainingConfig config() {
    TrainingConfig t = TrainingConfig.lesson();
    if (hidden != null) {
      t = t.withHiddenLayers(hiddenUnits(hidden));
    }
    if (activation != null) {
      t = t.withActivation(activation);
    }
    if (output != null) {
      t = t.withOutput(output);
    }
    if (optimizer != null) {
      t = t.withOptimizer(optimizer);
    }
    if (learningRate != null) {
      t = t.withLearningRate(learningRate);
    }
    if (batch != null) {
      t = t.withBatchSize(batch);
    }
    if (l2 != null) {
      t = t.withL2(l2);
    }
    if (momentum != null) {
      t = t.withMomentum(momentum);
    }
    if (epochs != null) {
      t = t.withEpochs(epochs);
    }
    if (seed != null) {
      t = t.withSeed(seed);
    }
    return t;
  }

  RunOptions runOptions() {
    return new RunOptions(patience, positiveWeights);
  }

  /** Checks every value before any file is read. */
  void validate() {
    config();
    runOptions();
    if (positiveWeights && output == OutputActivation.SOFTMAX) {
      throw new IllegalArgumentException(
          Text.get("engine.model.posWeightNeedsSigmoid", output.toString()));
    }
    new BinaryRelevance(c);
    new KNearestNeighbours(k);
  }

  /** The method {@code kind} with these options, for a dataset with {@code labelNames}. */
  MultiLabelMethod method(MethodKind kind, List<String> labelNames) {
    return switch (kind) {
      case MLP -> new NetworkMethod(config(), runOptions());
      case BR -> new BinaryRelevance(c);
      case CC ->
          new ClassifierChain(
              c,
              chainOrder == null
                  ? ClassifierChain.naturalOrder(labelNames.size())
                  : ClassifierChain.parseOrder(chainOrder, labelNames));
      case LP -> new LabelPowerset(c);
      case KNN -> new KNearestNeighbours(k);
    };
  }

  static int[] hiddenUnits(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("none") || t.isEmpty()) {
      return new int[0];
    }
    String[] parts = t.split(",");
    int[] units = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        units[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(Text.get("cli.run.badHidden", text));
      }
    }
    return units;
  }
}
