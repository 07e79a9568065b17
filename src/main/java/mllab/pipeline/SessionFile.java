package mllab.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.model.Activation;
import mllab.model.EpochReport;
import mllab.model.Layer;
import mllab.model.Mlp;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.prep.FitScope;
import mllab.split.SplitMethod;
import mllab.split.Splitter;
import mllab.text.Text;

/**
 * A saved session: everything needed to put the app back where it was — the dataset, the split,
 * the validation part, the scaler's fit scope, the training settings (with early stopping and
 * pos_weight), the trained weights with their epoch history, the Evaluation thresholds and the step
 * shown — as one JSON file an instructor can hand to students. Files written before a field existed
 * read with that field's default (no validation part, no early stopping, no pos_weight).
 *
 * <p>The bundled dataset is saved by name, a generated one by its generator settings (the generator
 * is deterministic); any other dataset is embedded row by row, so the file is self-contained. Numbers are written in Java's shortest round-trip form
 * (non-finite ones as the strings {@code "NaN"}, {@code "Infinity"}), so weights read back bit
 * for bit and the Evaluation step shows exactly the predictions that were saved — without
 * retraining.
 *
 * <p>Reading validates everything (shapes, names, settings, that the weights fit the data) before
 * anything changes, so a damaged file leaves the current session as it was.
 */
public final class SessionFile {

  /** The value of the {@code format} field that marks a Multi-Label Lab session. */
  public static final String FORMAT = "mllab-session";

  public static final int VERSION = 1;

  /** The file name extension the app proposes. */
  public static final String EXTENSION = "mllab.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /**
   * The Evaluation thresholds: {@code values} has one per label; in global mode they are all the
   * same.
   */
  public record ThresholdChoice(
      boolean perLabel, double[] values, ThresholdState.Tuning tuning, double global) {
    public ThresholdChoice {
      values = values.clone();
      java.util.Objects.requireNonNull(tuning, "tuning");
    }

    public ThresholdChoice(boolean perLabel, double[] values) {
      this(perLabel, values, ThresholdState.Tuning.NONE,
          values.length == 0 ? ThresholdState.DEFAULT : values[0]);
    }

    /**
     * The pipeline's rule as it is saved: every value exactly, how it was chosen, and the main
     * slider's value (in per-label mode it is what switching per-label off goes back to).
     */
    public static ThresholdChoice of(ThresholdState state) {
      return new ThresholdChoice(state.perLabel(), state.values(), state.tuning(), state.global());
    }

    /** The rule this choice puts back in force, bit for bit. */
    public ThresholdState toState() {
      return ThresholdState.restored(perLabel, values, tuning, global);
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    public static ThresholdChoice global(double threshold, int labels) {
      double[] v = new double[labels];
      java.util.Arrays.fill(v, threshold);
      return new ThresholdChoice(false, v);
    }
  }

  /**
   * Everything a session file holds.
   *
   * @param bundled whether the dataset is the bundled lesson dataset (saved by name only)
   * @param generator the settings a generated dataset was made with (saved instead of its rows)
   * @param test the test file of a dataset that came as train and test
   * @param validationFraction the share of the training rows held out for validation, 0 for none
   * @param runOptions early stopping and positive weighting for training
   * @param model the trained network, or empty if nothing was trained
   * @param step the step shown, or empty for a screen that is not a step (Learn)
   */
  public record State(
      boolean bundled,
      Optional<GeneratorSettings> generator,
      Dataset dataset,
      Optional<Dataset> test,
      String source,
      SplitMethod splitMethod,
      double testFraction,
      long splitSeed,
      SplitMethod validationMethod,
      double validationFraction,
      FitScope fitScope,
      TrainingConfig trainingConfig,
      RunOptions runOptions,
      Optional<Mlp> model,
      List<EpochReport> history,
      ThresholdChoice thresholds,
      Optional<Step> step) {

    public State {
      history = List.copyOf(history);
    }
  }

  /** A file that is not a readable session; the message names the file and what is wrong. */
  public static final class SessionFileException extends IOException {
    private final transient Path file;

    SessionFileException(Path file, String problem, Throwable cause) {
      super(Text.get("engine.pipeline.session.cannotOpen", file.getFileName(), problem), cause);
      this.file = file;
    }

    public Path file() {
      return file;
    }
  }

  private SessionFile() {}

  /** What {@code session} holds now, with the UI's thresholds and step. */
  public static State capture(PipelineSession session, ThresholdChoice thresholds, Optional<Step> step) {
    boolean bundled =
        Lesson.DATASET_FILE.equals(session.source())
            && session.predefinedTest().isEmpty()
            && session.dataset().equals(Lesson.dataset());
    return new State(
        bundled,
        bundled ? Optional.empty() : session.generatorSettings(),
        session.dataset(),
        session.predefinedTest(),
        session.source(),
        session.splitMethod(),
        session.testFraction(),
        session.splitSeed(),
        session.validationMethod(),
        session.validationFraction(),
        session.fitScope(),
        session.trainingConfig(),
        session.runOptions(),
        session.model(),
        session.history(),
        thresholds,
        step);
  }

  /**
   * Puts {@code state} into {@code session}: dataset, split, validation part, scaling, settings,
   * then the trained model (predictions are recomputed from the saved weights, not retrained; the
   * validation part comes first because the scaler is fitted without its rows).
   */
  public static void apply(State state, PipelineSession session) {
    if (state.generator().isPresent()) {
      session.setGeneratedDataset(state.dataset(), state.generator().get(), state.source());
    } else {
      session.setDataset(state.dataset(), state.test(), state.source());
    }
    if (state.test().isEmpty()) {
      session.setSplit(state.splitMethod(), state.testFraction(), state.splitSeed());
    }
    session.setValidation(state.validationMethod(), state.validationFraction());
    session.setFitScope(state.fitScope());
    session.setTraining(state.trainingConfig(), state.runOptions());
    state.model().ifPresent(m -> session.restoreTraining(m, state.history()));
    session.setThresholdState(state.thresholds().toState());
  }

  // ---- writing ----------------------------------------------------------------------------------

  /** Writes {@code state} to {@code file} atomically: a temporary file beside it, then a move. */
  public static void save(State state, Path file) throws IOException {
    byte[] bytes = toJson(state).getBytes(StandardCharsets.UTF_8);
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    // Same folder: a rename is atomic only within one file system.
    Path temp = Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The JSON text of {@code state}. */
  public static String toJson(State state) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ObjectNode data = root.putObject("dataset");
    data.put("source", state.source());
    if (state.bundled()) {
      data.put("bundled", Lesson.DATASET_FILE);
    } else if (state.generator().isPresent()) {
      data.set("generator", generatorNode(state.generator().get()));
    } else {
      data.set("rows", datasetNode(state.dataset()));
      state.test().ifPresent(t -> data.set("testRows", datasetNode(t)));
    }
    ObjectNode split = root.putObject("split");
    split.put("method", state.splitMethod().name());
    split.put("testFraction", state.testFraction());
    split.put("seed", state.splitSeed());
    split.put("validationMethod", state.validationMethod().name());
    split.set("validationFraction", number(state.validationFraction()));
    root.put("fitScope", state.fitScope().name());
    ObjectNode training = configNode(state.trainingConfig());
    training.put("positiveWeighting", state.runOptions().positiveWeighting());
    training.put("earlyStoppingPatience", state.runOptions().earlyStoppingPatience());
    root.set("training", training);
    state.model().ifPresent(m -> root.set("model", modelNode(m)));
    ArrayNode history = root.putArray("history");
    state.history().forEach(r -> history.add(epochNode(r)));
    ObjectNode t = root.putObject("thresholds");
    t.put("perLabel", state.thresholds().perLabel());
    t.set("values", doubles(state.thresholds().values()));
    t.put("tuning", state.thresholds().tuning().name());
    t.put("global", state.thresholds().global());
    root.put("step", state.step().map(Step::name).orElse(null));
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  private static ObjectNode datasetNode(Dataset d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", d.name());
    ArrayNode f = n.putArray("featureNames");
    d.featureNames().forEach(f::add);
    ArrayNode l = n.putArray("labelNames");
    d.labelNames().forEach(l::add);
    ArrayNode features = n.putArray("features");
    ArrayNode labels = n.putArray("labels");
    for (int i = 0; i < d.rows(); i++) {
      features.add(doubles(d.featureRow(i)));
      ArrayNode y = labels.addArray();
      for (int v : d.labelRow(i)) {
        y.add(v);
      }
    }
    return n;
  }

  private static ObjectNode generatorNode(GeneratorSettings g) {
    ObjectNode n = JSON.createObjectNode();
    n.put("rows", g.rows());
    n.put("features", g.features());
    n.put("labels", g.labels());
    n.set("noise", number(g.noise()));
    n.set("prevalence", doubles(g.prevalence()));
    n.set("labelCorrelation", number(g.labelCorrelation()));
    n.put("seed", g.seed());
    return n;
  }

  private static GeneratorSettings generator(JsonNode n) {
    try {
      return new GeneratorSettings(
          integer(n, "rows", "dataset.generator.rows"),
          integer(n, "features", "dataset.generator.features"),
          integer(n, "labels", "dataset.generator.labels"),
          real(n.get("noise"), "dataset.generator.noise"),
          reals(n.get("prevalence"), "dataset.generator.prevalence"),
          real(n.get("labelCorrelation"), "dataset.generator.labelCorrelation"),
          longValue(n, "seed", "dataset.generator.seed"));
    } catch (IllegalArgumentException e) {
      throw new Bad("dataset.generator", e.getMessage());
    }
  }

  private static ObjectNode configNode(TrainingConfig c) {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode hidden = n.putArray("hiddenLayers");
    for (int h : c.hiddenLayers()) {
      hidden.add(h);
    }
    n.put("activation", c.activation().name());
    n.put("output", c.output().name());
    n.put("optimizer", c.optimizer().name());
    n.set("learningRate", number(c.learningRate()));
    n.put("batchSize", c.batchSize());
    n.set("l2", number(c.l2()));
    n.put("epochs", c.epochs());
    n.put("seed", c.seed());
    n.set("momentum", number(c.momentum()));
    return n;
  }

  private static ObjectNode modelNode(Mlp m) {
    ObjectNode n = JSON.createObjectNode();
    n.put("hiddenActivation", m.hiddenActivation().name());
    n.put("output", m.output().name());
    ArrayNode layers = n.putArray("layers");
    for (int l = 0; l < m.layerCount(); l++) {
      ObjectNode layer = layers.addObject();
      ArrayNode w = layer.putArray("weights");
      for (double[] row : m.weights(l)) {
        w.add(doubles(row));
      }
      layer.set("biases", doubles(m.biases(l)));
    }
    return n;
  }

  private static ObjectNode epochNode(EpochReport r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("epoch", r.epoch());
    n.set("trainLoss", number(r.trainLoss()));
    n.set("testLoss", number(r.testLoss()));
    n.set("labelAccuracy", number(r.labelAccuracy()));
    n.set("subsetAccuracy", number(r.subsetAccuracy()));
    n.set("microF1", number(r.microF1()));
    n.set("perLabelLoss", doubles(r.perLabelLoss()));
    n.set("perLabelAccuracy", doubles(r.perLabelAccuracy()));
    n.set("trainLabelAccuracy", number(r.trainLabelAccuracy()));
    n.set("chanceLoss", number(r.chanceLoss()));
    if (r.hasValidation()) {
      n.set("validationLoss", number(r.validationLoss()));
    }
    return n;
  }

  private static ArrayNode doubles(double[] values) {
    ArrayNode a = JSON.createArrayNode();
    for (double v : values) {
      a.add(number(v));
    }
    return a;
  }

  /** Finite values as JSON numbers (shortest form that reads back exactly), others as strings. */
  private static JsonNode number(double v) {
    return Double.isFinite(v)
        ? JSON.getNodeFactory().numberNode(v)
        : JSON.getNodeFactory().textNode(Double.toString(v));
  }

  // ---- reading ----------------------------------------------------------------------------------

  /**
   * Reads and checks a session file.
   *
   * @throws SessionFileException naming the file and what is wrong (for broken JSON, the line)
   * @throws IOException if the file cannot be read at all
   */
  public static State read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new SessionFileException(
          file,
          Text.get("engine.pipeline.session.badJson", String.valueOf(e.getLocation().getLineNr()),
              e.getOriginalMessage()),
          e);
    }
    try {
      return parse(root);
    } catch (Bad e) {
      throw new SessionFileException(file, e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new SessionFileException(file, e.getMessage(), e);
    }
  }

  /** A structural problem, with the JSON path where it was found. */
  private static final class Bad extends RuntimeException {
    Bad(String path, String problem) {
      super(Text.get("engine.pipeline.session.at", path, problem));
    }
  }

  private static State parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new Bad("the top", Text.get("engine.pipeline.session.notAnObject"));
    }
    JsonNode format = root.get("format");
    if (format == null || !FORMAT.equals(format.asText())) {
      throw new Bad("format", Text.get("engine.pipeline.session.wrongFormat", FORMAT));
    }
    int version = integer(root, "version", "version");
    if (version != VERSION) {
      throw new Bad("version", Text.get("engine.pipeline.session.wrongVersion",
          String.valueOf(version), String.valueOf(VERSION)));
    }
    JsonNode data = object(root, "dataset", "dataset");
    String source = text(data, "source", "dataset.source");
    boolean bundled = data.has("bundled");
    Dataset dataset;
    Optional<Dataset> test = Optional.empty();
    Optional<GeneratorSettings> generator = Optional.empty();
    if (data.has("generator")) {
      generator = Optional.of(generator(object(data, "generator", "dataset.generator")));
      dataset = DatasetGenerator.generate(generator.get());
    } else if (bundled) {
      String name = text(data, "bundled", "dataset.bundled");
      if (!Lesson.DATASET_FILE.equals(name)) {
        throw new Bad("dataset.bundled", Text.get("engine.pipeline.session.noBundled", name));
      }
      dataset = Lesson.dataset();
    } else {
      dataset = dataset(object(data, "rows", "dataset.rows"), "dataset.rows");
      if (data.has("testRows")) {
        test = Optional.of(dataset(object(data, "testRows", "dataset.testRows"), "dataset.testRows"));
      }
      if (test.isEmpty() && dataset.rows() < 2) {
        throw new Bad("dataset.rows", Text.get("engine.io.tooFewRows", String.valueOf(dataset.rows())));
      }
    }
    JsonNode split = object(root, "split", "split");
    SplitMethod method = enumValue(SplitMethod.class, split, "method", "split.method");
    double fraction = real(split.get("testFraction"), "split.testFraction");
    long seed = longValue(split, "seed", "split.seed");
    if (test.isEmpty()) {
      if (method == SplitMethod.PREDEFINED) {
        throw new Bad("split.method", Text.get("engine.pipeline.session.predefinedNeedsTest"));
      }
      Splitter.of(method, fraction, seed);
    }
    SplitMethod validationMethod = split.has("validationMethod")
        ? enumValue(SplitMethod.class, split, "validationMethod", "split.validationMethod")
        : SplitMethod.RANDOM;
    double validationFraction = validationFraction(split);
    if (validationFraction > 0 && validationMethod == SplitMethod.PREDEFINED) {
      throw new Bad("split.validationMethod",
          Text.get("engine.pipeline.session.validationNotPredefined"));
    }
    FitScope scope = enumValue(FitScope.class, root, "fitScope", "fitScope");
    JsonNode training = object(root, "training", "training");
    TrainingConfig config = config(training);
    RunOptions runOptions = runOptions(training, config, validationFraction);
    Optional<Mlp> model = Optional.empty();
    List<EpochReport> history = new ArrayList<>();
    JsonNode h = root.get("history");
    if (h != null && !h.isNull()) {
      if (!h.isArray()) {
        throw new Bad("history", Text.get("engine.pipeline.session.expectedEpochList"));
      }
      for (int i = 0; i < h.size(); i++) {
        history.add(epoch(h.get(i), "history[" + i + "]"));
      }
    }
    if (root.has("model") && !root.get("model").isNull()) {
      Mlp m = model(object(root, "model", "model"));
      if (m.inputCount() != dataset.featureCount() || m.outputCount() != dataset.labelCount()) {
        throw new Bad(
            "model",
            Text.get("engine.pipeline.session.modelShape", String.valueOf(m.inputCount()),
                String.valueOf(m.outputCount()), String.valueOf(dataset.featureCount()),
                String.valueOf(dataset.labelCount())));
      }
      if (history.isEmpty()) {
        throw new Bad("history", Text.get("engine.pipeline.session.modelNeedsHistory"));
      }
      model = Optional.of(m);
    }
    JsonNode t = object(root, "thresholds", "thresholds");
    double[] values = reals(t.get("values"), "thresholds.values");
    if (values.length != dataset.labelCount()) {
      throw new Bad(
          "thresholds.values",
          Text.get("engine.pipeline.session.thresholdCount", String.valueOf(values.length),
              String.valueOf(dataset.labelCount())));
    }
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0 && values[i] <= 1)) {
        throw new Bad("thresholds.values[" + i + "]",
            Text.get("engine.pipeline.session.thresholdRange", String.valueOf(values[i])));
      }
    }
    JsonNode perLabel = t.get("perLabel");
    if (perLabel == null || !perLabel.isBoolean()) {
      throw new Bad("thresholds.perLabel", Text.get("engine.pipeline.session.expectedBoolean"));
    }
    Optional<Step> step = Optional.empty();
    JsonNode s = root.get("step");
    if (s != null && !s.isNull()) {
      step = Optional.of(enumValue(Step.class, root, "step", "step"));
    }
    return new State(
        bundled, generator, dataset, test, source, method, fraction, seed, validationMethod,
        validationFraction, scope, config, runOptions, model, history,
        new ThresholdChoice(perLabel.booleanValue(), values, tuning(t), global(t, values)), step);
  }

  /** The validation share; files written before it was saved have none (0). */
  private static double validationFraction(JsonNode split) {
    JsonNode n = split.get("validationFraction");
    if (n == null || n.isNull()) {
      return 0;
    }
    double v = real(n, "split.validationFraction");
    if (v != 0 && !(v > 0 && v < 1)) {
      throw new Bad("split.validationFraction",
          Text.get("engine.split.badValidationFraction", String.valueOf(v)));
    }
    return v;
  }

  /**
   * Early stopping and pos_weight; files written before they were saved have neither. Checked as
   * training would check them, so a file that could not train is refused when it is opened.
   */
  private static RunOptions runOptions(
      JsonNode training, TrainingConfig config, double validationFraction) {
    int patience = training.has("earlyStoppingPatience")
        ? integer(training, "earlyStoppingPatience", "training.earlyStoppingPatience")
        : 0;
    boolean weighting = false;
    JsonNode w = training.get("positiveWeighting");
    if (w != null && !w.isNull()) {
      if (!w.isBoolean()) {
        throw new Bad("training.positiveWeighting", Text.get("engine.pipeline.session.expectedBoolean"));
      }
      weighting = w.booleanValue();
    }
    RunOptions options;
    try {
      options = new RunOptions(patience, weighting);
    } catch (IllegalArgumentException e) {
      throw new Bad("training.earlyStoppingPatience", e.getMessage());
    }
    if (options.earlyStopping() && validationFraction == 0) {
      throw new Bad("training.earlyStoppingPatience",
          Text.get("engine.model.earlyStoppingNeedsValidation"));
    }
    if (weighting && config.output() != OutputActivation.SIGMOID) {
      throw new Bad("training.positiveWeighting",
          Text.get("engine.model.posWeightNeedsSigmoid", config.output().toString()));
    }
    return options;
  }

  /** The main slider's value; files written before it was saved have it as their first value. */
  private static double global(JsonNode thresholds, double[] values) {
    JsonNode n = thresholds.get("global");
    if (n == null || n.isNull()) {
      return values.length == 0 ? ThresholdState.DEFAULT : values[0];
    }
    double g = reals(JSON.createArrayNode().add(n), "thresholds.global")[0];
    if (!(g >= 0 && g <= 1)) {
      throw new Bad("thresholds.global",
          Text.get("engine.pipeline.session.thresholdRange", String.valueOf(g)));
    }
    return g;
  }

  /** How the thresholds were chosen; files written before this was saved say nothing: by hand. */
  private static ThresholdState.Tuning tuning(JsonNode thresholds) {
    JsonNode n = thresholds.get("tuning");
    if (n == null || n.isNull()) {
      return ThresholdState.Tuning.NONE;
    }
    return enumValue(ThresholdState.Tuning.class, thresholds, "tuning", "thresholds.tuning");
  }

  private static Dataset dataset(JsonNode n, String path) {
    String name = text(n, "name", path + ".name");
    List<String> featureNames = strings(n.get("featureNames"), path + ".featureNames");
    List<String> labelNames = strings(n.get("labelNames"), path + ".labelNames");
    JsonNode f = n.get("features");
    JsonNode y = n.get("labels");
    if (f == null || !f.isArray() || y == null || !y.isArray()) {
      throw new Bad(path, Text.get("engine.pipeline.session.expectedRows"));
    }
    double[][] features = new double[f.size()][];
    for (int i = 0; i < features.length; i++) {
      features[i] = reals(f.get(i), path + ".features[" + i + "]");
    }
    int[][] labels = new int[y.size()][];
    for (int i = 0; i < labels.length; i++) {
      JsonNode row = y.get(i);
      if (!row.isArray()) {
        throw new Bad(path + ".labels[" + i + "]", Text.get("engine.pipeline.session.expectedLabelRow"));
      }
      labels[i] = new int[row.size()];
      for (int j = 0; j < row.size(); j++) {
        if (!row.get(j).isInt()) {
          throw new Bad(path + ".labels[" + i + "][" + j + "]", Text.get("engine.pipeline.session.expectedZeroOrOne"));
        }
        labels[i][j] = row.get(j).intValue();
      }
    }
    try {
      return new Dataset(name, features, labels, featureNames, labelNames);
    } catch (IllegalArgumentException e) {
      throw new Bad(path, e.getMessage());
    }
  }

  private static TrainingConfig config(JsonNode n) {
    JsonNode hidden = n.get("hiddenLayers");
    if (hidden == null || !hidden.isArray()) {
      throw new Bad("training.hiddenLayers", Text.get("engine.pipeline.session.expectedLayerSizes"));
    }
    int[] sizes = new int[hidden.size()];
    for (int i = 0; i < sizes.length; i++) {
      if (!hidden.get(i).isInt()) {
        throw new Bad("training.hiddenLayers[" + i + "]", Text.get("engine.pipeline.session.expectedWholeNumber"));
      }
      sizes[i] = hidden.get(i).intValue();
    }
    try {
      return new TrainingConfig(
          sizes,
          enumValue(Activation.class, n, "activation", "training.activation"),
          enumValue(OutputActivation.class, n, "output", "training.output"),
          enumValue(Optimizer.class, n, "optimizer", "training.optimizer"),
          real(n.get("learningRate"), "training.learningRate"),
          integer(n, "batchSize", "training.batchSize"),
          real(n.get("l2"), "training.l2"),
          integer(n, "epochs", "training.epochs"),
          longValue(n, "seed", "training.seed"),
          real(n.get("momentum"), "training.momentum"));
    } catch (IllegalArgumentException e) {
      throw new Bad("training", e.getMessage());
    }
  }

  private static Mlp model(JsonNode n) {
    Activation hidden = enumValue(Activation.class, n, "hiddenActivation", "model.hiddenActivation");
    OutputActivation output = enumValue(OutputActivation.class, n, "output", "model.output");
    JsonNode layers = n.get("layers");
    if (layers == null || !layers.isArray() || layers.isEmpty()) {
      throw new Bad("model.layers", Text.get("engine.pipeline.session.expectedLayers"));
    }
    List<Layer> list = new ArrayList<>();
    for (int l = 0; l < layers.size(); l++) {
      String path = "model.layers[" + l + "]";
      JsonNode layer = layers.get(l);
      JsonNode w = layer.get("weights");
      if (w == null || !w.isArray() || w.isEmpty()) {
        throw new Bad(path + ".weights", Text.get("engine.pipeline.session.expectedWeights"));
      }
      double[][] weights = new double[w.size()][];
      for (int o = 0; o < weights.length; o++) {
        weights[o] = finiteReals(w.get(o), path + ".weights[" + o + "]");
      }
      double[] biases = finiteReals(layer.get("biases"), path + ".biases");
      try {
        list.add(
            l == layers.size() - 1
                ? Layer.output(weights, biases)
                : Layer.hidden(weights, biases, hidden));
      } catch (IllegalArgumentException e) {
        throw new Bad(path, e.getMessage());
      }
    }
    try {
      return Mlp.of(list, hidden, output);
    } catch (IllegalArgumentException e) {
      throw new Bad("model.layers", e.getMessage());
    }
  }

  private static EpochReport epoch(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw new Bad(path, Text.get("engine.pipeline.session.expectedEpoch"));
    }
    return new EpochReport(
        integer(n, "epoch", path + ".epoch"),
        real(n.get("trainLoss"), path + ".trainLoss"),
        real(n.get("testLoss"), path + ".testLoss"),
        real(n.get("labelAccuracy"), path + ".labelAccuracy"),
        real(n.get("subsetAccuracy"), path + ".subsetAccuracy"),
        real(n.get("microF1"), path + ".microF1"),
        sameLength(reals(n.get("perLabelLoss"), path + ".perLabelLoss"),
            n.get("perLabelAccuracy"), path),
        reals(n.get("perLabelAccuracy"), path + ".perLabelAccuracy"),
        real(n.get("trainLabelAccuracy"), path + ".trainLabelAccuracy"),
        real(n.get("chanceLoss"), path + ".chanceLoss"),
        n.has("validationLoss") ? real(n.get("validationLoss"), path + ".validationLoss")
            : Double.NaN);
  }

  /** Per-label losses and accuracies come in pairs, one of each per label. */
  private static double[] sameLength(double[] losses, JsonNode accuracies, String path) {
    if (accuracies != null && accuracies.isArray() && accuracies.size() != losses.length) {
      throw new Bad(path + ".perLabelAccuracy", Text.get("engine.pipeline.session.perLabelCount",
          String.valueOf(accuracies.size()), String.valueOf(losses.length)));
    }
    return losses;
  }

  private static JsonNode object(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (n == null || !n.isObject()) {
      throw new Bad(path, Text.get("engine.pipeline.session.notAnObjectAt"));
    }
    return n;
  }

  private static String text(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (n == null || !n.isTextual()) {
      throw new Bad(path, Text.get("engine.pipeline.session.notAText"));
    }
    return n.textValue();
  }

  private static int integer(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (n == null || !n.isInt()) {
      throw new Bad(path, Text.get("engine.pipeline.session.notAWholeNumber"));
    }
    return n.intValue();
  }

  private static long longValue(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (n == null || !n.canConvertToLong() || !n.isIntegralNumber()) {
      throw new Bad(path, Text.get("engine.pipeline.session.notAWholeNumber"));
    }
    return n.longValue();
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode parent, String field, String path) {
    String name = text(parent, field, path);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new Bad(path, Text.get("engine.pipeline.session.unknownConstant", name,
          java.util.Arrays.toString(type.getEnumConstants())));
    }
  }

  private static double real(JsonNode n, String path) {
    if (n != null && n.isNumber()) {
      return n.doubleValue();
    }
    if (n != null && n.isTextual()) {
      switch (n.textValue()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw new Bad(path, Text.get("engine.pipeline.session.notANumber"));
  }

  private static double[] reals(JsonNode n, String path) {
    if (n == null || !n.isArray()) {
      throw new Bad(path, Text.get("engine.pipeline.session.notANumberList"));
    }
    double[] v = new double[n.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = real(n.get(i), path + "[" + i + "]");
    }
    return v;
  }

  /**
   * Numbers that must be finite, such as weights: a NaN weight would only surface later, as a
   * NaN probability, after the session had half replaced what the student had.
   */
  private static double[] finiteReals(JsonNode n, String path) {
    double[] v = reals(n, path);
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new Bad(path + "[" + i + "]", Text.get("engine.pipeline.session.notFinite", String.valueOf(v[i])));
      }
    }
    return v;
  }

  private static List<String> strings(JsonNode n, String path) {
    if (n == null || !n.isArray()) {
      throw new Bad(path, Text.get("engine.pipeline.session.notANameList"));
    }
    List<String> s = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isTextual()) {
        throw new Bad(path + "[" + i + "]", Text.get("engine.pipeline.session.notATextItem"));
      }
      s.add(n.get(i).textValue());
    }
    return s;
  }
}
