package mllab.persist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.lesson.Lesson;
import mllab.model.Activation;
import mllab.model.EpochReport;
import mllab.model.Layer;
import mllab.model.Mlp;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.persist.SessionFile.State;
import mllab.persist.SessionFile.ThresholdChoice;
import mllab.persist.SessionJson.DatasetJson;
import mllab.persist.SessionJson.Document;
import mllab.persist.SessionJson.EpochJson;
import mllab.persist.SessionJson.LayerJson;
import mllab.persist.SessionJson.ModelJson;
import mllab.persist.SessionJson.RowsJson;
import mllab.persist.SessionJson.SplitJson;
import mllab.persist.SessionJson.ThresholdsJson;
import mllab.persist.SessionJson.TrainingJson;
import mllab.pipeline.Step;
import mllab.pipeline.ThresholdState;
import mllab.prep.FitScope;
import mllab.split.SplitMethod;
import mllab.split.Splitter;
import mllab.text.Text;

/**
 * Checks bound session records in the file's logical order (format, version, dataset, split,
 * training, history, model, thresholds, step) and turns them into a {@link State}, or names the
 * place of the first bad value: missing, of the wrong shape ({@link SessionBinding}'s broken
 * places), or not allowed (a threshold above 1, a model that does not fit the data, options that
 * could not train).
 */
final class SessionValidator extends SessionChecks {

  /** The dataset part: the rows, where they come from, and how they are saved. */
  private record Data(
      boolean bundled,
      Optional<GeneratorSettings> generator,
      Dataset dataset,
      Optional<Dataset> test,
      String source) {}

  /** The split part. */
  private record Split(
      SplitMethod method,
      double fraction,
      long seed,
      SplitMethod validationMethod,
      double validationFraction) {}

  private SessionValidator(Set<String> broken) {
    super(broken);
  }

  /** The state the records describe; {@code null} is a file that is not a JSON object. */
  static State validate(SessionBinding.Bound bound) {
    if (bound.document() == null) {
      throw new Bad("the top", message("notAnObject"));
    }
    return new SessionValidator(bound.broken()).state(bound.document());
  }

  private State state(Document d) {
    if (!SessionFile.FORMAT.equals(d.format())) {
      throw new Bad("format", message("wrongFormat", SessionFile.FORMAT));
    }
    int version = need(d.version(), "version", NOT_WHOLE);
    if (version != SessionFile.VERSION) {
      throw new Bad(
          "version",
          message("wrongVersion", String.valueOf(version), String.valueOf(SessionFile.VERSION)));
    }
    Data data = data(need(d.dataset(), "dataset", NOT_OBJECT));
    Split split = split(need(d.split(), "split", NOT_OBJECT), data.test().isPresent());
    FitScope scope = constant(FitScope.class, d.fitScope(), "fitScope");
    TrainingJson training = need(d.training(), "training", NOT_OBJECT);
    TrainingConfig config = config(training);
    RunOptions runOptions = runOptions(training, config, split.validationFraction());
    List<EpochReport> history = history(d.history());
    Optional<Mlp> model =
        Optional.ofNullable(maybe(d.model(), "model", NOT_OBJECT))
            .map(m -> model(m, data.dataset(), history));
    ThresholdsJson t = need(d.thresholds(), "thresholds", NOT_OBJECT);
    double[] values = thresholdValues(t, data.dataset().labelCount());
    boolean perLabel = need(t.perLabel(), "thresholds.perLabel", NOT_BOOLEAN);
    Optional<Step> step =
        Optional.ofNullable(maybe(d.step(), "step", NOT_TEXT))
            .map(s -> constant(Step.class, s, "step"));
    ThresholdState.Tuning tuning =
        t.tuning() == null && !broken.contains("thresholds.tuning")
            ? ThresholdState.Tuning.NONE
            : constant(ThresholdState.Tuning.class, t.tuning(), "thresholds.tuning");
    return new State(
        data.bundled(),
        data.generator(),
        data.dataset(),
        data.test(),
        data.source(),
        split.method(),
        split.fraction(),
        split.seed(),
        split.validationMethod(),
        split.validationFraction(),
        scope,
        config,
        runOptions,
        model,
        history,
        new ThresholdChoice(perLabel, values, tuning, global(t, values)),
        step);
  }

  private Data data(DatasetJson data) {
    String source = need(data.source(), "dataset.source", NOT_TEXT);
    boolean bundled = data.bundled() != null || broken.contains("dataset.bundled");
    GeneratorSettings settings =
        maybe(data.generator(), "dataset.generator", NOT_OBJECT) == null
            ? null
            : generator(data.generator());
    if (settings != null) {
      return new Data(
          bundled,
          Optional.of(settings),
          DatasetGenerator.generate(settings),
          Optional.empty(),
          source);
    }
    if (bundled) {
      String name = need(data.bundled(), "dataset.bundled", NOT_TEXT);
      if (!Lesson.DATASET_FILE.equals(name)) {
        throw new Bad("dataset.bundled", message("noBundled", name));
      }
      return new Data(true, Optional.empty(), Lesson.dataset(), Optional.empty(), source);
    }
    Dataset rows = rows(need(data.rows(), "dataset.rows", NOT_OBJECT), "dataset.rows");
    Optional<Dataset> test =
        Optional.ofNullable(maybe(data.testRows(), "dataset.testRows", NOT_OBJECT))
            .map(t -> rows(t, "dataset.testRows"));
    if (test.isEmpty() && rows.rows() < 2) {
      throw new Bad("dataset.rows", Text.get("engine.io.tooFewRows", String.valueOf(rows.rows())));
    }
    return new Data(false, Optional.empty(), rows, test, source);
  }

  private GeneratorSettings generator(SessionJson.GeneratorJson g) {
    String p = "dataset.generator.";
    try {
      return new GeneratorSettings(
          need(g.rows(), p + "rows", NOT_WHOLE),
          need(g.features(), p + "features", NOT_WHOLE),
          need(g.labels(), p + "labels", NOT_WHOLE),
          need(g.noise(), p + "noise", NOT_NUMBER),
          need(g.prevalence(), p + "prevalence", NOT_NUMBERS, NOT_NUMBER),
          need(g.labelCorrelation(), p + "labelCorrelation", NOT_NUMBER),
          need(g.seed(), p + "seed", NOT_WHOLE));
    } catch (IllegalArgumentException e) {
      throw new Bad("dataset.generator", e.getMessage());
    }
  }

  private Dataset rows(RowsJson n, String path) {
    String name = need(n.name(), path + ".name", NOT_TEXT);
    List<String> featureNames =
        need(n.featureNames(), path + ".featureNames", "notANameList", "notATextItem");
    List<String> labelNames =
        need(n.labelNames(), path + ".labelNames", "notANameList", "notATextItem");
    String features = path + ".features";
    String labels = path + ".labels";
    if (n.features() == null && !brokenBelow(features)
        || n.labels() == null && !brokenBelow(labels)) {
      throw new Bad(path, message("expectedRows"));
    }
    refuseBroken(features, NOT_NUMBERS, NOT_NUMBER);
    refuseBroken(labels, "expectedLabelRow", "expectedZeroOrOne");
    try {
      return new Dataset(name, n.features(), n.labels(), featureNames, labelNames);
    } catch (IllegalArgumentException e) {
      throw new Bad(path, e.getMessage());
    }
  }

  private Split split(SplitJson split, boolean hasTest) {
    SplitMethod method = constant(SplitMethod.class, split.method(), "split.method");
    double fraction = need(split.testFraction(), "split.testFraction", NOT_NUMBER);
    long seed = need(split.seed(), "split.seed", NOT_WHOLE);
    if (!hasTest) {
      if (method == SplitMethod.PREDEFINED) {
        throw new Bad("split.method", message("predefinedNeedsTest"));
      }
      Splitter.of(method, fraction, seed);
    }
    SplitMethod validationMethod =
        maybe(split.validationMethod(), "split.validationMethod", NOT_TEXT) == null
            ? SplitMethod.RANDOM
            : constant(SplitMethod.class, split.validationMethod(), "split.validationMethod");
    Double v = maybe(split.validationFraction(), "split.validationFraction", NOT_NUMBER);
    double validationFraction = v == null ? 0 : v;
    if (validationFraction != 0 && !(validationFraction > 0 && validationFraction < 1)) {
      throw new Bad(
          "split.validationFraction",
          Text.get("engine.split.badValidationFraction", String.valueOf(validationFraction)));
    }
    if (validationFraction > 0 && validationMethod == SplitMethod.PREDEFINED) {
      throw new Bad("split.validationMethod", message("validationNotPredefined"));
    }
    return new Split(method, fraction, seed, validationMethod, validationFraction);
  }

  private TrainingConfig config(TrainingJson n) {
    int[] sizes =
        need(
            n.hiddenLayers(), "training.hiddenLayers", "expectedLayerSizes", "expectedWholeNumber");
    String p = "training.";
    try {
      return new TrainingConfig(
          sizes,
          constant(Activation.class, n.activation(), p + "activation"),
          constant(OutputActivation.class, n.output(), p + "output"),
          constant(Optimizer.class, n.optimizer(), p + "optimizer"),
          need(n.learningRate(), p + "learningRate", NOT_NUMBER),
          need(n.batchSize(), p + "batchSize", NOT_WHOLE),
          need(n.l2(), p + "l2", NOT_NUMBER),
          need(n.epochs(), p + "epochs", NOT_WHOLE),
          need(n.seed(), p + "seed", NOT_WHOLE),
          need(n.momentum(), p + "momentum", NOT_NUMBER));
    } catch (IllegalArgumentException e) {
      throw new Bad("training", e.getMessage());
    }
  }

  /**
   * Early stopping and pos_weight; files written before they were saved have neither. Checked as
   * training would check them, so a file that could not train is refused when it is opened.
   */
  private RunOptions runOptions(TrainingJson n, TrainingConfig config, double validationFraction) {
    Integer patience =
        maybe(n.earlyStoppingPatience(), "training.earlyStoppingPatience", NOT_WHOLE);
    Boolean weighting = maybe(n.positiveWeighting(), "training.positiveWeighting", NOT_BOOLEAN);
    RunOptions options;
    try {
      options = new RunOptions(patience == null ? 0 : patience, Boolean.TRUE.equals(weighting));
    } catch (IllegalArgumentException e) {
      throw new Bad("training.earlyStoppingPatience", e.getMessage());
    }
    if (options.earlyStopping() && validationFraction == 0) {
      throw new Bad(
          "training.earlyStoppingPatience", Text.get("engine.model.earlyStoppingNeedsValidation"));
    }
    if (options.positiveWeighting() && config.output() != OutputActivation.SIGMOID) {
      throw new Bad(
          "training.positiveWeighting",
          Text.get("engine.model.posWeightNeedsSigmoid", config.output().toString()));
    }
    return options;
  }

  private List<EpochReport> history(List<EpochJson> epochs) {
    List<EpochReport> history = new ArrayList<>();
    if (maybe(epochs, "history", "expectedEpochList", "expectedEpoch") != null) {
      for (int i = 0; i < epochs.size(); i++) {
        history.add(epoch(epochs.get(i), "history[" + i + "]."));
      }
    }
    return history;
  }

  private EpochReport epoch(EpochJson n, String p) {
    double[] losses = need(n.perLabelLoss(), p + "perLabelLoss", NOT_NUMBERS, NOT_NUMBER);
    if (n.perLabelAccuracy() != null && n.perLabelAccuracy().length != losses.length) {
      throw new Bad(
          p + "perLabelAccuracy",
          message(
              "perLabelCount",
              String.valueOf(n.perLabelAccuracy().length),
              String.valueOf(losses.length)));
    }
    return new EpochReport(
        need(n.epoch(), p + "epoch", NOT_WHOLE),
        need(n.trainLoss(), p + "trainLoss", NOT_NUMBER),
        need(n.testLoss(), p + "testLoss", NOT_NUMBER),
        need(n.labelAccuracy(), p + "labelAccuracy", NOT_NUMBER),
        need(n.subsetAccuracy(), p + "subsetAccuracy", NOT_NUMBER),
        need(n.microF1(), p + "microF1", NOT_NUMBER),
        losses,
        need(n.perLabelAccuracy(), p + "perLabelAccuracy", NOT_NUMBERS, NOT_NUMBER),
        need(n.trainLabelAccuracy(), p + "trainLabelAccuracy", NOT_NUMBER),
        need(n.chanceLoss(), p + "chanceLoss", NOT_NUMBER),
        Optional.ofNullable(maybe(n.validationLoss(), p + "validationLoss", NOT_NUMBER))
            .orElse(Double.NaN));
  }

  private Mlp model(ModelJson n, Dataset dataset, List<EpochReport> history) {
    Activation hidden = constant(Activation.class, n.hiddenActivation(), "model.hiddenActivation");
    OutputActivation output = constant(OutputActivation.class, n.output(), "model.output");
    List<LayerJson> layers = need(n.layers(), "model.layers", "expectedLayers", NOT_OBJECT);
    if (layers.isEmpty()) {
      throw new Bad("model.layers", message("expectedLayers"));
    }
    List<Layer> list = new ArrayList<>();
    for (int l = 0; l < layers.size(); l++) {
      list.add(layer(layers.get(l), "model.layers[" + l + "]", l == layers.size() - 1, hidden));
    }
    Mlp m;
    try {
      m = Mlp.of(list, hidden, output);
    } catch (IllegalArgumentException e) {
      throw new Bad("model.layers", e.getMessage());
    }
    if (m.inputCount() != dataset.featureCount() || m.outputCount() != dataset.labelCount()) {
      throw new Bad(
          "model",
          message(
              "modelShape",
              String.valueOf(m.inputCount()),
              String.valueOf(m.outputCount()),
              String.valueOf(dataset.featureCount()),
              String.valueOf(dataset.labelCount())));
    }
    if (history.isEmpty()) {
      throw new Bad("history", message("modelNeedsHistory"));
    }
    return m;
  }

  private Layer layer(LayerJson layer, String path, boolean last, Activation hidden) {
    double[][] weights =
        need(layer.weights(), path + ".weights", "expectedWeights", NOT_NUMBERS, NOT_NUMBER);
    if (weights.length == 0) {
      throw new Bad(path + ".weights", message("expectedWeights"));
    }
    for (int o = 0; o < weights.length; o++) {
      finite(weights[o], path + ".weights[" + o + "]");
    }
    double[] biases =
        finite(need(layer.biases(), path + ".biases", NOT_NUMBERS, NOT_NUMBER), path + ".biases");
    try {
      return last ? Layer.output(weights, biases) : Layer.hidden(weights, biases, hidden);
    } catch (IllegalArgumentException e) {
      throw new Bad(path, e.getMessage());
    }
  }

  private double[] thresholdValues(ThresholdsJson t, int labels) {
    double[] values = need(t.values(), "thresholds.values", NOT_NUMBERS, NOT_NUMBER);
    if (values.length != labels) {
      throw new Bad(
          "thresholds.values",
          message("thresholdCount", String.valueOf(values.length), String.valueOf(labels)));
    }
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0 && values[i] <= 1)) {
        throw new Bad(
            "thresholds.values[" + i + "]", message("thresholdRange", String.valueOf(values[i])));
      }
    }
    return values;
  }

  /** The main slider's value; files written before it was saved have it as their first value. */
  private double global(ThresholdsJson t, double[] values) {
    if (broken.contains("thresholds.global")) {
      throw new Bad("thresholds.global[0]", message(NOT_NUMBER));
    }
    if (t.global() == null) {
      return values.length == 0 ? ThresholdState.DEFAULT : values[0];
    }
    double g = t.global();
    if (!(g >= 0 && g <= 1)) {
      throw new Bad("thresholds.global", message("thresholdRange", String.valueOf(g)));
    }
    return g;
  }

  /**
   * Numbers that must be finite, such as weights: a NaN weight would only surface later, as a NaN
   * probability, after the session had half replaced what the student had.
   */
  private static double[] finite(double[] v, String path) {
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new Bad(path + "[" + i + "]", message("notFinite", String.valueOf(v[i])));
      }
    }
    return v;
  }
}
