package mllab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mllab.data.Dataset;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.model.Activation;
import mllab.model.Loss;
import mllab.model.Mlp;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.prep.FitScope;
import mllab.prep.FittedScaler;
import mllab.split.Split;
import mllab.split.SplitMethod;
import mllab.text.Text;

/**
 * The session as a Python notebook: one or more code cells per step that, run in order in a
 * folder holding the exported files ({@link #DATASET}, {@link #TRAIN_ROWS}, …), redo with numpy
 * and scikit-learn what the app did, and print the same numbers.
 *
 * <p>Everything the app decided is read from those files instead of being drawn again: the split
 * from the saved row numbers (scikit-learn's {@code train_test_split} with the same seed would
 * pick other rows, because the seed feeds another random generator), the trained network from its
 * weights. So the statistics, the scaling, the probabilities and every metric come out the same,
 * and a cell's printed output is known here exactly ({@link PythonCell#printed()}). Training is
 * the exception: a cell trains scikit-learn's {@code MLPClassifier} with the app's settings
 * translated, and its numbers depend on that library's random start and shuffling, so the panel
 * shows what the app got instead. The cells for PyTorch and Keras are optional and skip
 * themselves when the library is missing.
 *
 * <p>The translation of the settings follows the app's loss: binary cross-entropy averaged over
 * rows <em>and</em> labels, plus {@code λ/2 · Σ w²} over every layer's weights (not the biases).
 * scikit-learn sums its loss over the L labels, so its gradients are L times the app's: SGD's
 * learning rate is divided by L (Adam's step does not depend on the gradient's scale) and its
 * {@code alpha}, which it divides by the batch's rows, is {@code λ × batch × L}.
 */
public final class PythonNotebook {

  /** The dataset: feature columns, then the label columns (0/1), all rows of the split. */
  public static final String DATASET = "dataset.csv";

  /** Row numbers of {@link #DATASET} in the training part, one per line. */
  public static final String TRAIN_ROWS = "train_rows.txt";

  /** Row numbers of {@link #DATASET} in the test part, one per line. */
  public static final String TEST_ROWS = "test_rows.txt";

  /** Row numbers of {@link #DATASET} in the validation part, one per line; only with one. */
  public static final String VALIDATION_ROWS = "validation_rows.txt";

  /** The trained network's weights and biases, layer by layer. */
  public static final String WEIGHTS = "weights.json";

  /** The app's probabilities for the test rows. */
  public static final String PROBABILITIES = "probabilities.csv";

  /** The threshold of every label. */
  public static final String THRESHOLDS = "thresholds.json";

  /** What the last cell writes: the metrics scikit-learn computed, keyed like metrics.json. */
  public static final String REPRODUCED_METRICS = "reproduced-metrics.json";

  /** Lists of per-label values longer than this are printed for their first labels only. */
  static final int LIST_LIMIT = 10;

  private final Mlp model;
  private final Predictions predictions;
  private final Thresholds thresholds;
  // The session's choices and results as they were when the notebook was made: all immutable, so
  // the notebook can be written on another thread while the student changes the session.
  private final String source;
  private final Dataset dataset;
  private final Split split;
  private final Dataset scaledTest;
  private final FittedScaler scaler;
  private final int testValuesOutside;
  private final FitScope fitScope;
  private final SplitMethod splitMethod;
  private final double testFraction;
  private final long splitSeed;
  private final TrainingConfig config;
  private final double validationFraction;
  private final SplitMethod validationMethod;
  private final RunOptions runOptions;

  private PythonNotebook(
      PipelineSession s, Step upTo, Mlp model, Predictions predictions, Thresholds t) {
    this.model = model;
    this.predictions = predictions;
    this.thresholds = t;
    this.source = s.source();
    this.dataset = s.combined();
    // The split and the scaling are computed only when a cell needs them (the raw data panel,
    // shown first, does not), the scaled test rows only for a trained model, which has them.
    this.split = upTo == Step.RAW_DATA ? null : s.split();
    this.scaler = upTo == Step.RAW_DATA ? null : s.scaler();
    this.testValuesOutside = upTo == Step.RAW_DATA ? 0 : s.testReport().outsideCount();
    this.scaledTest = model == null ? null : s.scaledSplit().test();
    this.fitScope = s.fitScope();
    this.splitMethod = s.splitMethod();
    this.testFraction = s.testFraction();
    this.splitSeed = s.splitSeed();
    this.config = s.trainingConfig();
    this.validationFraction = s.validationFraction();
    this.validationMethod = s.validationMethod();
    this.runOptions = s.runOptions();
  }

  /**
   * The notebook of {@code session} as it is now, with the trained model (if any) and {@code
   * thresholds} (null: the session's thresholds in force).
   */
  public static PythonNotebook of(PipelineSession session, Thresholds thresholds) {
    return of(session, session.model().orElse(null), session.predictions().orElse(null), thresholds);
  }

  /**
   * The notebook with a given model and its test predictions (both null when untrained), for a
   * caller that evaluates other weights than the session's (the CLI's {@code --model best}).
   */
  public static PythonNotebook of(
      PipelineSession session, Mlp model, Predictions predictions, Thresholds thresholds) {
    return new PythonNotebook(
        session, Step.EVALUATION, model, predictions, inForce(thresholds, session));
  }

  private static Thresholds inForce(Thresholds thresholds, PipelineSession session) {
    return thresholds != null ? thresholds : session.thresholdState().thresholds();
  }

  /**
   * Only what the panel of {@code step} shows: {@link #cells(Step)} for that step and the ones
   * before it.
   */
  static PythonNotebook upTo(PipelineSession session, Step step, Thresholds thresholds) {
    return new PythonNotebook(session, step, session.model().orElse(null),
        session.predictions().orElse(null), inForce(thresholds, session));
  }

  public Optional<Mlp> model() {
    return Optional.ofNullable(model);
  }

  public Optional<Predictions> predictions() {
    return Optional.ofNullable(predictions);
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  /** Where the data came from, as the app names it. */
  public String source() {
    return source;
  }

  /** All rows: what {@link #DATASET} holds. */
  public Dataset dataset() {
    return dataset;
  }

  /** The split whose row numbers {@link #TRAIN_ROWS} and {@link #TEST_ROWS} hold. */
  public Split split() {
    return split;
  }

  /** Every cell, in step order. */
  public List<PythonCell> cells() {
    List<PythonCell> all = new ArrayList<>();
    for (Step step : Step.values()) {
      all.addAll(cells(step));
    }
    return all;
  }

  /** The cells of one step: what its Python panel shows. */
  public List<PythonCell> cells(Step step) {
    return switch (step) {
      case RAW_DATA -> List.of(rawData());
      case PREPROCESSING -> List.of(preprocessing());
      case SPLIT -> List.of(splitCell());
      case TRAINING -> trainingCells();
      case EVALUATION -> List.of(evaluation());
    };
  }

  // ---- step 1 -------------------------------------------------------------------------------

  private PythonCell rawData() {
    Dataset d = dataset;
    int l = d.labelCount();
    String code =
        "import csv\n"
            + "import json\n\n"
            + "import numpy as np\n\n"
            + "# The app's dataset: the feature columns, then the " + l + " label columns (0/1)\n"
            + "with open(" + PyFormat.str(DATASET) + ", newline=\"\", encoding=\"utf-8\") as f:\n"
            + "    header, *rows = csv.reader(f)\n"
            + "n_labels = " + l + "\n"
            + "label_names = header[-n_labels:]\n"
            + "X = np.array([[float(v) for v in r[:-n_labels]] for r in rows])\n"
            + "Y = np.array([[int(v) for v in r[-n_labels:]] for r in rows])\n"
            + "print(X.shape, Y.shape)\n"
            + "print(round(float(Y.sum(axis=1).mean()), 3))  # label cardinality: labels per row\n"
            + "print(round(float(Y.mean()), 3))  # label density: cardinality / number of labels\n"
            + "print(Y.sum(axis=0)" + limit(l) + ".tolist())  # rows carrying each label"
            + limitComment(l);
    int[] counts = new int[l];
    long total = 0;
    for (int i = 0; i < d.rows(); i++) {
      for (int k = 0; k < l; k++) {
        counts[k] += d.label(i, k);
        total += d.label(i, k);
      }
    }
    String printed =
        shape(d.rows(), d.featureCount()) + " " + shape(d.rows(), l) + "\n"
            + PyFormat.round(total / (double) d.rows(), 3) + "\n"
            + PyFormat.round(total / ((double) d.rows() * l), 3) + "\n"
            + PyFormat.intList(java.util.Arrays.copyOf(counts, Math.min(l, LIST_LIMIT)));
    return PythonCell.printing(Step.RAW_DATA, code, printed);
  }

  private static String shape(int rows, int columns) {
    return "(" + rows + ", " + columns + ")";
  }

  private static String limit(int labels) {
    return labels > LIST_LIMIT ? "[:" + LIST_LIMIT + "]" : "";
  }

  private static String limitComment(int labels) {
    return labels > LIST_LIMIT ? " (the first " + LIST_LIMIT + " labels)" : "";
  }

  // ---- step 2 -------------------------------------------------------------------------------

  private PythonCell preprocessing() {
    boolean trainOnly = fitScope == FitScope.TRAIN_ONLY;
    Dataset d = dataset;
    int shown = Math.min(4, d.featureCount());
    String code =
        "from sklearn.preprocessing import MinMaxScaler\n\n"
            + "# The rows step 3 puts in each part, as the app drew them (row numbers of "
            + DATASET + ")\n"
            + "train_rows = np.loadtxt(" + PyFormat.str(TRAIN_ROWS) + ", dtype=int, ndmin=1)\n"
            + "test_rows = np.loadtxt(" + PyFormat.str(TEST_ROWS) + ", dtype=int, ndmin=1)\n"
            + (split.hasValidation()
                ? "# the validation part, carved out of the training rows (neither trained on nor tested)\n"
                    + "val_rows = np.loadtxt(" + PyFormat.str(VALIDATION_ROWS) + ", dtype=int, ndmin=1)\n"
                : "")
            + (trainOnly
                ? "scaler = MinMaxScaler().fit(X[train_rows])  # min and max of the training rows only\n"
                : "scaler = MinMaxScaler().fit(X)  # WRONG: fitted on all rows, the test rows leak in\n")
            + "# scaler.transform(X) written out as the app computes it, x' = (x - min) / (max - min)\n"
            + "# (transform multiplies by 1 / (max - min) instead, which can put a value equal to the\n"
            + "# maximum one rounding step above 1); a constant feature is divided by 1\n"
            + "width = np.where(scaler.data_range_ == 0, 1.0, scaler.data_range_)\n"
            + "X_s = (X - scaler.data_min_) / width\n"
            + "print(np.round(X_s[" + PipelineSession.SAMPLE_ROW + ", :" + shown
            + "], 3).tolist())  # row " + PipelineSession.SAMPLE_ROW + ", first " + shown
            + " features\n"
            + "print(int(((X_s[test_rows] < 0) | (X_s[test_rows] > 1)).sum()))  # test values outside 0-1";
    double[] scaled = scaler.apply(d.featureRow(PipelineSession.SAMPLE_ROW));
    String printed =
        PyFormat.npRoundList(java.util.Arrays.copyOf(scaled, shown), 3) + "\n"
            + testValuesOutside;
    return PythonCell.printing(Step.PREPROCESSING, code, printed);
  }

  // ---- step 3 -------------------------------------------------------------------------------

  private PythonCell splitCell() {
    int l = dataset.labelCount();
    boolean validation = split.hasValidation();
    String code =
        splitComment()
            + "X_train, Y_train = X_s[train_rows], Y[train_rows]  # scaled, as the network sees them\n"
            + (validation ? "X_val, Y_val = X_s[val_rows], Y[val_rows]\n" : "")
            + "X_test, Y_test = X_s[test_rows], Y[test_rows]\n"
            + "print(X_train.shape" + (validation ? ", X_val.shape" : "") + ", X_test.shape)\n"
            + "print(np.round(Y_train.mean(axis=0), 3)" + limit(l)
            + ".tolist())  # positive rate per label" + limitComment(l) + "\n"
            + (validation
                ? "print(np.round(Y_val.mean(axis=0), 3)" + limit(l) + ".tolist())\n" : "")
            + "print(np.round(Y_test.mean(axis=0), 3)" + limit(l) + ".tolist())";
    int n = Math.min(l, LIST_LIMIT);
    String printed =
        shape(split.train().rows(), split.train().featureCount()) + " "
            + split.validation().map(v -> shape(v.rows(), v.featureCount()) + " ").orElse("")
            + shape(split.test().rows(), split.test().featureCount()) + "\n"
            + PyFormat.npRoundList(java.util.Arrays.copyOf(split.trainPositiveRates(), n), 3) + "\n"
            + split.validationPositiveRates()
                .map(r -> PyFormat.npRoundList(java.util.Arrays.copyOf(r, n), 3) + "\n").orElse("")
            + PyFormat.npRoundList(java.util.Arrays.copyOf(split.testPositiveRates(), n), 3);
    return PythonCell.printing(Step.SPLIT, code, printed);
  }

  private String splitComment() {
    if (!split.hasValidation()) {
      return testSplitComment();
    }
    int pct = (int) Math.round(validationFraction * 100);
    return testSplitComment() + "# Then " + pct + " % of the training rows are held out for validation ("
        + (validationMethod == SplitMethod.ITERATIVE_STRATIFICATION
            ? "iterative stratification" : "random")
        + ", seed " + splitSeed + "): step 4\n# watches their loss, step 5 tunes thresholds on them.\n";
  }

  private String testSplitComment() {
    int pct = (int) Math.round(testFraction * 100);
    if (splitMethod == SplitMethod.PREDEFINED) {
      return "# The dataset came as two files: the training file's rows, then the test file's\n";
    }
    if (splitMethod == SplitMethod.ITERATIVE_STRATIFICATION) {
      return "# The app's split: iterative stratification, " + pct + " % test rows, seed "
          + splitSeed + ". scikit-multilearn's\n"
          + "# iterative_train_test_split follows the same idea with other random choices.\n";
    }
    return "# The app's split: random, " + pct + " % test rows, seed " + splitSeed
        + ". train_test_split(X, Y,\n"
        + "# test_size=" + PyFormat.repr(testFraction) + ", random_state=" + splitSeed
        + ") would pick other rows: the seed feeds another random generator.\n";
  }

  // ---- step 4 -------------------------------------------------------------------------------

  private TrainingConfig config() {
    return config;
  }

  private boolean softmax() {
    return model != null ? model.output() == OutputActivation.SOFTMAX
        : config().output() == OutputActivation.SOFTMAX;
  }

  private Activation hiddenActivation() {
    return model != null ? model.hiddenActivation() : config().activation();
  }

  private String hiddenPython() {
    return switch (hiddenActivation()) {
      case RELU -> "np.maximum(a @ W.T + b, 0.0)  # ReLU";
      case TANH -> "np.tanh(a @ W.T + b)";
      case SIGMOID -> "sigmoid(a @ W.T + b)";
    };
  }

  private List<PythonCell> trainingCells() {
    List<PythonCell> cells = new ArrayList<>(List.of(forwardPass()));
    if (positiveWeighting()) {
      cells.add(positiveWeightsCell());
    }
    cells.addAll(List.of(sklearnTraining(), torchTraining(), kerasTraining()));
    return cells;
  }

  /** Whether the runs the cells translate weight each label's positives (sigmoid outputs only). */
  private boolean positiveWeighting() {
    return runOptions.positiveWeighting() && !softmax();
  }

  /** Whether the runs stop early; only with a validation part to watch. */
  private boolean earlyStopping() {
    return runOptions.earlyStopping() && split.hasValidation();
  }

  /** pos_weight as the app computes it on the training rows, printed for the first labels. */
  private PythonCell positiveWeightsCell() {
    int l = dataset.labelCount();
    String cap = PyFormat.repr(RunOptions.MAX_POSITIVE_WEIGHT);
    String code =
        "# Rare labels weighted: each label's positive term in the loss counts pos_weight times,\n"
            + "# negatives / positives on the training rows, capped at " + cap
            + " (1 for a label without positives)\n"
            + "positives = Y_train.sum(axis=0)\n"
            + "pos_weight = np.where(positives == 0, 1.0,\n"
            + "                      np.minimum(" + cap
            + ", (len(Y_train) - positives) / np.maximum(positives, 1)))\n"
            + "print(np.round(pos_weight, 3)" + limit(l) + ".tolist())  # pos_weight per label"
            + limitComment(l);
    double[] w = RunOptions.positiveWeights(split.train().labelMatrix());
    return PythonCell.printing(Step.TRAINING, code,
        PyFormat.npRoundList(java.util.Arrays.copyOf(w, Math.min(l, LIST_LIMIT)), 3));
  }

  private PythonCell forwardPass() {
    StringBuilder code = new StringBuilder();
    code.append("# The app's trained network, from ").append(WEIGHTS)
        .append(": the same forward pass in numpy\n")
        .append("with open(").append(PyFormat.str(WEIGHTS)).append(", encoding=\"utf-8\") as f:\n")
        .append("    layers = [(np.array(l[\"weights\"]), np.array(l[\"biases\"])) for l in json.load(f)[\"layers\"]]\n\n\n")
        .append("def sigmoid(z):\n")
        .append("    e = np.exp(-np.abs(z))  # never overflows\n")
        .append("    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\n");
    if (softmax()) {
      code.append("def probabilities(Z):  # softmax: the labels share one unit of probability\n")
          .append("    e = np.exp(Z - Z.max(axis=1, keepdims=True))\n")
          .append("    return e / e.sum(axis=1, keepdims=True)\n\n\n")
          .append("def mean_loss(Z, Y):  # cross-entropy against the labels scaled to sum to 1\n")
          .append("    T = Y / np.maximum(Y.sum(axis=1, keepdims=True), 1)  # a row without labels adds 0\n")
          .append("    log_p = Z - Z.max(axis=1, keepdims=True)\n")
          .append("    log_p = log_p - np.log(np.exp(log_p).sum(axis=1, keepdims=True))\n")
          .append("    return float(-(T * log_p).sum(axis=1).mean())\n\n\n");
    } else {
      code.append("probabilities = sigmoid  # one independent probability per label\n\n\n")
          .append("def mean_loss(Z, Y):  # binary cross-entropy from the logits, mean over rows and labels\n")
          .append("    return float(np.mean(np.maximum(Z, 0) - Z * Y + np.log1p(np.exp(-np.abs(Z)))))\n\n\n");
    }
    code.append("def logits(X, layers):\n")
        .append("    a = X\n")
        .append("    for W, b in layers[:-1]:  # W[o][i]: from input i to unit o\n")
        .append("        a = ").append(hiddenPython()).append("\n")
        .append("    W, b = layers[-1]\n")
        .append("    return a @ W.T + b\n\n\n")
        .append("Z = logits(X_test, layers)\n")
        .append("P = probabilities(Z)\n")
        .append("P_app = np.loadtxt(").append(PyFormat.str(PROBABILITIES))
        .append(", delimiter=\",\", skiprows=1, ndmin=2)\n")
        .append("print(np.round(P[0], 3)").append(limit(dataset.labelCount()))
        .append(".tolist())  # the first test row's probabilities\n")
        .append("print(bool(np.abs(P - P_app).max() < 1e-9))  # the app's probabilities, to 1e-9\n")
        .append("print(round(mean_loss(Z, Y_test), 3), round(float(((P >= 0.5) == Y_test).mean()), 3))")
        .append("  # test loss, label accuracy");
    if (predictions == null) {
      return PythonCell.differing(
          Step.TRAINING, code.toString(), Text.get("engine.pipeline.python.untrained"), "");
    }
    double[] first = predictions.probabilities()[0];
    String printed =
        PyFormat.npRoundList(java.util.Arrays.copyOf(first, Math.min(first.length, LIST_LIMIT)), 3)
            + "\nTrue\n" + appLoss() + " " + appAccuracy();
    return PythonCell.printing(Step.TRAINING, code.toString(), printed);
  }

  /** The evaluated model's test loss as the forward-pass cell prints it. */
  private String appLoss() {
    Dataset test = scaledTest;
    double[][] x = test.featureMatrix();
    double[][] z = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      z[i] = model.logits(x[i]);
    }
    return PyFormat.round(Loss.forOutput(model.output()).mean(z, test.labelMatrix()), 3);
  }

  private String appAccuracy() {
    return PyFormat.round(MetricReport.of(
        predictions, Thresholds.global(0.5, predictions.labelCount())).labelAccuracy(), 3);
  }

  private PythonCell sklearnTraining() {
    TrainingConfig c = config();
    int l = dataset.labelCount();
    boolean sgd = c.optimizer() == Optimizer.SGD;
    String activation = switch (c.activation()) {
      case RELU -> "relu";
      case TANH -> "tanh";
      case SIGMOID -> "logistic";
    };
    String lr = PyFormat.repr(c.learningRate()) + (sgd && l > 1 ? " / " + l : "");
    StringBuilder code = new StringBuilder()
        .append("import warnings\n\n")
        .append("from sklearn.exceptions import ConvergenceWarning\n")
        .append("from sklearn.neural_network import MLPClassifier\n\n")
        .append("# The same training in scikit-learn. It sums the loss over the ").append(l)
        .append(" labels where the app\n")
        .append("# averages it, so its gradients are ").append(l).append(" times the app's: ")
        .append(sgd ? "SGD's learning rate is divided by " + l + "\n# and " : "Adam's step does not depend on that scale,\n# and ")
        .append("the L2 penalty becomes alpha = λ × batch × labels (the L2 table of the lesson).\n");
    if (softmax()) {
      code.append("# MLPClassifier has no softmax over the labels of multi-label targets: it trains one\n")
          .append("# sigmoid per label instead.\n");
    }
    if (positiveWeighting()) {
      code.append("# MLPClassifier has no pos_weight: this run minimises the plain loss, the PyTorch and\n")
          .append("# Keras cells below weight the rare labels as the app does.\n");
    }
    if (earlyStopping()) {
      code.append("# MLPClassifier's early_stopping watches the accuracy on rows it draws itself, not the\n")
          .append("# validation loss: this run trains every epoch, the PyTorch and Keras cells stop early.\n");
    }
    code.append("clf = MLPClassifier(\n")
        .append("    hidden_layer_sizes=").append(tuple(c.hiddenLayers())).append(", activation=\"")
        .append(activation).append("\", solver=\"").append(sgd ? "sgd" : "adam").append("\",\n")
        .append("    learning_rate_init=").append(lr);
    if (sgd) {
      code.append(", momentum=").append(PyFormat.repr(c.momentum()))
          .append(", nesterovs_momentum=False");
    }
    code.append(",\n    batch_size=").append(c.batchSize()).append(", alpha=")
        .append(PyFormat.repr(c.l2())).append(" * ").append(c.batchSize()).append(" * ").append(l)
        .append(", max_iter=").append(c.epochs()).append(", shuffle=True, random_state=")
        .append(c.seed()).append(",\n    tol=0.0, n_iter_no_change=").append(c.epochs())
        .append(")  # never stops early\n")
        .append("with warnings.catch_warnings():\n")
        .append("    warnings.simplefilter(\"ignore\", ConvergenceWarning)  # stopping after ")
        .append(c.epochs()).append(" epochs is the point\n")
        .append("    clf.fit(X_train, Y_train)\n")
        .append("Z_sk = logits(X_test, [(W.T, b) for W, b in zip(clf.coefs_, clf.intercepts_)])\n");
    String accuracy = "round(float(((sigmoid(Z_sk) >= 0.5) == Y_test).mean()), 3)";
    if (softmax()) {
      code.append("print(\"scikit-learn's run: label accuracy\", ").append(accuracy).append(")\n");
    } else {
      code.append("print(\"scikit-learn's run: test loss\", round(mean_loss(Z_sk, Y_test), 3), \"label accuracy\",\n")
          .append("      ").append(accuracy).append(")\n");
    }
    code.append("print(\"the app's run:      test loss ")
        .append(predictions == null ? "?" : appLoss()).append(" label accuracy ")
        .append(predictions == null ? "?" : appAccuracy()).append("\")");
    return PythonCell.differing(Step.TRAINING, code.toString(), appGot("scikit-learn"), "");
  }

  private String appGot(String library) {
    if (predictions == null) {
      return Text.get("engine.pipeline.python.untrained");
    }
    return Text.get("engine.pipeline.python.differs", appLoss(), appAccuracy(), library);
  }

  private static String tuple(int[] units) {
    if (units.length == 0) {
      return "()";
    }
    List<String> parts = new ArrayList<>();
    for (int u : units) {
      parts.add(Integer.toString(u));
    }
    return "(" + String.join(", ", parts) + (units.length == 1 ? ",)" : ")");
  }

  private String sizes() {
    List<String> parts = new ArrayList<>();
    parts.add(Integer.toString(dataset.featureCount()));
    for (int u : config().hiddenLayers()) {
      parts.add(Integer.toString(u));
    }
    parts.add(Integer.toString(dataset.labelCount()));
    return "[" + String.join(", ", parts) + "]";
  }

  private static String optionalHeader(String what, String module, String install) {
    return "# Optional: the same training in " + what + " (" + install + "); skipped without it.\n"
        + "import importlib.util\n\n"
        + "if importlib.util.find_spec(\"" + module + "\") is None:\n"
        + "    print(\"optional cell skipped: " + what + " is not installed\")\n"
        + "else:\n";
  }

  private PythonCell torchTraining() {
    TrainingConfig c = config();
    boolean relu = c.activation() == Activation.RELU;
    String module = switch (c.activation()) {
      case RELU -> "ReLU";
      case TANH -> "Tanh";
      case SIGMOID -> "Sigmoid";
    };
    StringBuilder code = new StringBuilder(optionalHeader("PyTorch", "torch", "pip install torch"))
        .append("    import torch\n\n")
        .append("    torch.manual_seed(").append(c.seed()).append(")\n")
        .append("    sizes = ").append(sizes()).append("\n")
        .append("    modules = []\n")
        .append("    for i, (n_in, n_out) in enumerate(zip(sizes, sizes[1:])):\n")
        .append("        linear = torch.nn.Linear(n_in, n_out, dtype=torch.float64)\n");
    if (relu) {
      code.append("        if i < len(sizes) - 2:  # hidden: He initialisation (normal) for ReLU, as the app\n")
          .append("            torch.nn.init.normal_(linear.weight, std=(2 / n_in) ** 0.5)\n")
          .append("        else:  # output: Glorot uniform, as the app\n")
          .append("            torch.nn.init.xavier_uniform_(linear.weight)\n");
    } else {
      code.append("        torch.nn.init.xavier_uniform_(linear.weight)  # Glorot uniform, as the app\n");
    }
    code.append("        torch.nn.init.zeros_(linear.bias)\n")
        .append("        modules += [linear, torch.nn.").append(module)
        .append("()] if i < len(sizes) - 2 else [linear]\n")
        .append("    net = torch.nn.Sequential(*modules)\n")
        .append("    # weight_decay = λ adds λ·w to the gradient")
        .append(c.optimizer() == Optimizer.ADAM ? " before Adam's moments" : "")
        .append(", as the app does; the app leaves biases alone\n")
        .append("    params = [{\"params\": [p for n, p in net.named_parameters() if n.endswith(\"weight\")],\n")
        .append("               \"weight_decay\": ").append(PyFormat.repr(c.l2())).append("},\n")
        .append("              {\"params\": [p for n, p in net.named_parameters() if n.endswith(\"bias\")]}]\n")
        .append("    optimizer = ")
        .append(optimizerCall("torch.optim.", "params, lr=", "eps")).append("\n");
    if (softmax()) {
      code.append("    loss_fn = torch.nn.CrossEntropyLoss()  # against the labels scaled to sum to 1\n")
          .append("    targets = lambda Y: torch.tensor(Y / np.maximum(Y.sum(axis=1, keepdims=True), 1))\n");
    } else {
      code.append("    loss_fn = torch.nn.BCEWithLogitsLoss(")
          .append(positiveWeighting() ? "pos_weight=torch.tensor(pos_weight)" : "")
          .append(")  # mean over rows and labels, as the app\n")
          .append("    targets = lambda Y: torch.tensor(Y, dtype=torch.float64)\n");
    }
    code.append("    Xt, Yt = torch.tensor(X_train), targets(Y_train)\n");
    boolean stop = earlyStopping();
    if (stop) {
      code.append("    # Early stopping, as the app: after each epoch the validation loss (the plain one")
          .append(positiveWeighting() ? ", without\n    # pos_weight" : "")
          .append(") is watched; ").append(runOptions.earlyStoppingPatience())
          .append(" epochs without a lower one stop the run,\n")
          .append("    # which then keeps the weights of the epoch with the lowest validation loss\n")
          .append("    watched = ").append(softmax() ? "loss_fn" : "torch.nn.BCEWithLogitsLoss()").append("\n")
          .append("    Xv, Yv = torch.tensor(X_val), targets(Y_val)\n")
          .append("    best_loss, best_epoch = float(\"inf\"), 0\n")
          .append("    for epoch in range(1, ").append(c.epochs() + 1).append("):\n");
    } else {
      code.append("    for epoch in range(").append(c.epochs()).append("):\n");
    }
    code.append("        for batch in torch.randperm(len(Xt)).split(").append(c.batchSize()).append("):\n")
        .append("            optimizer.zero_grad()\n")
        .append("            loss_fn(net(Xt[batch]), Yt[batch]).backward()\n")
        .append("            optimizer.step()\n");
    if (stop) {
      code.append("        with torch.no_grad():\n")
          .append("            val_loss = watched(net(Xv), Yv).item()\n")
          .append("        if val_loss < best_loss:\n")
          .append("            best_loss, best_epoch = val_loss, epoch\n")
          .append("            best = {k: v.clone() for k, v in net.state_dict().items()}\n")
          .append("        if epoch - best_epoch >= ").append(runOptions.earlyStoppingPatience())
          .append(" and epoch < ").append(c.epochs()).append(":\n")
          .append("            net.load_state_dict(best)\n")
          .append("            print(\"PyTorch's run stopped early after epoch\", epoch, \"and keeps epoch\", best_epoch)\n")
          .append("            break\n");
    }
    code.append("    with torch.no_grad():\n")
        .append("        Z_torch = net(torch.tensor(X_test)).numpy()\n")
        .append("    print(\"PyTorch's run: test loss\", round(mean_loss(Z_torch, Y_test), 3), \"label accuracy\",\n")
        .append("          round(float(((probabilities(Z_torch) >= 0.5) == Y_test).mean()), 3))");
    return PythonCell.differing(Step.TRAINING, code.toString(), appGot("PyTorch"), "PyTorch");
  }

  /** {@code module}Adam(…, ε 1e-8 as the app) or {@code module}SGD(…, momentum). */
  private String optimizerCall(String module, String lrArgument, String epsilonName) {
    TrainingConfig c = config();
    String lr = lrArgument + PyFormat.repr(c.learningRate());
    return c.optimizer() == Optimizer.ADAM
        ? module + "Adam(" + lr + ", " + epsilonName + "=1e-8)"
        : module + "SGD(" + lr + ", momentum=" + PyFormat.repr(c.momentum()) + ")";
  }

  private PythonCell kerasTraining() {
    TrainingConfig c = config();
    String activation = c.activation().name().toLowerCase(java.util.Locale.ROOT);
    String plain = "keras.losses." + (softmax() ? "CategoricalCrossentropy" : "BinaryCrossentropy")
        + "(from_logits=True)";
    java.util.function.UnaryOperator<String> target = y -> softmax()
        ? y + " / np.maximum(" + y + ".sum(axis=1, keepdims=True), 1)" : y;
    StringBuilder code = new StringBuilder(
            optionalHeader("Keras", "tensorflow", "pip install tensorflow"))
        .append("    from tensorflow import keras\n\n")
        .append("    keras.utils.set_random_seed(").append(c.seed()).append(")\n")
        .append("    l2 = keras.regularizers.l2(").append(PyFormat.repr(c.l2()))
        .append(" / 2)  # Keras adds l2·Σw², the app λ/2·Σw², on every layer\n")
        .append("    sizes = ").append(sizes()).append("\n")
        .append("    model = keras.Sequential([keras.Input(shape=(sizes[0],))])\n")
        .append("    for n_in, n_out in zip(sizes[:-2], sizes[1:-1]):\n")
        .append("        model.add(keras.layers.Dense(n_out, activation=\"").append(activation)
        .append("\", kernel_regularizer=l2")
        .append(c.activation() == Activation.RELU
            ? ",\n            # He (normal, not truncated), as the app\n"
                + "            kernel_initializer=keras.initializers.RandomNormal(stddev=(2 / n_in) ** 0.5)"
            : "")
        .append("))\n")
        .append("    model.add(keras.layers.Dense(sizes[-1], kernel_regularizer=l2))  # logits; Glorot uniform, as the app\n")
        .append(kerasLoss())
        .append("    model.compile(optimizer=")
        .append(optimizerCall("keras.optimizers.", "learning_rate=", "epsilon"))
        .append(",\n                  loss=").append(positiveWeighting() ? "weighted_loss" : plain)
        .append(earlyStopping() ? ", metrics=[" + plain.replace("True)", "True, name=\"plain\")") + "]" : "")
        .append(")\n")
        .append("    model.fit(X_train, ").append(target.apply("Y_train"))
        .append(", epochs=").append(c.epochs()).append(", batch_size=").append(c.batchSize())
        .append(", shuffle=True, verbose=0");
    if (earlyStopping()) {
      code.append(",\n              # watches the plain validation loss, keeps the best epoch when it stops\n")
          .append("              validation_data=(X_val, ").append(target.apply("Y_val")).append("),\n")
          .append("              callbacks=[keras.callbacks.EarlyStopping(monitor=\"val_plain\", patience=")
          .append(runOptions.earlyStoppingPatience()).append(", restore_best_weights=True)]");
    }
    code.append(")\n")
        .append("    Z_keras = model.predict(X_test, verbose=0).astype(float)\n")
        .append("    # accuracy counted with >= 0.5 as the app (Keras' binary_accuracy counts p > 0.5)\n")
        .append("    print(\"Keras's run: test loss\", round(mean_loss(Z_keras, Y_test), 3), \"label accuracy\",\n")
        .append("          round(float(((probabilities(Z_keras) >= 0.5) == Y_test).mean()), 3))");
    return PythonCell.differing(Step.TRAINING, code.toString(), appGot("Keras"), "Keras");
  }

  /** With pos_weight: the weighted binary cross-entropy from the logits, as PyTorch's. */
  private String kerasLoss() {
    if (!positiveWeighting()) {
      return "";
    }
    return "    w = keras.ops.convert_to_tensor(pos_weight, dtype=\"float32\")\n\n"
        + "    def weighted_loss(y, z):  # -[w y ln p + (1 - y) ln(1 - p)], mean over labels\n"
        + "        y = keras.ops.cast(y, z.dtype)\n"
        + "        return keras.ops.mean(w * y * keras.ops.softplus(-z) + (1 - y) * keras.ops.softplus(z), axis=-1)\n\n";
  }

  // ---- step 5 -------------------------------------------------------------------------------

  private PythonCell evaluation() {
    if (predictions == null) {
      return PythonCell.differing(Step.EVALUATION, evaluationCode(thresholds, dataset.labelNames()),
          Text.get("engine.pipeline.python.noPredictions"), "");
    }
    return evaluationCell(predictions, thresholds, MetricReport.of(predictions, thresholds));
  }

  /** The Evaluation cell for {@code p} at {@code t}; {@code r} is their metric report. */
  static PythonCell evaluationCell(Predictions p, Thresholds t, MetricReport r) {
    String printed =
        PyFormat.round(r.hammingLoss(), 3) + " " + PyFormat.round(r.subsetAccuracy(), 3) + "\n"
            + PyFormat.round(r.microF1(), 3) + " " + PyFormat.round(r.macroF1(), 3);
    return PythonCell.printing(Step.EVALUATION, evaluationCode(t, p.labelNames()), printed);
  }

  private static String evaluationCode(Thresholds t, List<String> labelNames) {
    return "from sklearn.metrics import (accuracy_score, coverage_error, f1_score, hamming_loss,\n"
            + "                             jaccard_score, label_ranking_average_precision_score,\n"
            + "                             label_ranking_loss, precision_score, recall_score,\n"
            + "                             roc_auc_score)\n\n"
            + "with open(" + PyFormat.str(THRESHOLDS) + ", encoding=\"utf-8\") as f:\n"
            + "    thresholds = np.array(json.load(f)[\"thresholds\"])  # "
            + thresholdsComment(t, labelNames) + "\n"
            + "preds = (P >= thresholds).astype(int)  # a label is predicted at probability >= its threshold\n"
            + "z = {\"zero_division\": 0}\n"
            + "metrics = {\"hamming_loss\": hamming_loss(Y_test, preds),\n"
            + "           \"label_accuracy\": 1 - hamming_loss(Y_test, preds),\n"
            + "           \"subset_accuracy\": accuracy_score(Y_test, preds),\n"
            + "           \"jaccard\": jaccard_score(Y_test, preds, average=\"samples\", **z)}\n"
            + "for avg in (\"micro\", \"macro\", \"weighted\", \"samples\"):\n"
            + "    metrics[avg + \"_precision\"] = precision_score(Y_test, preds, average=avg, **z)\n"
            + "    metrics[avg + \"_recall\"] = recall_score(Y_test, preds, average=avg, **z)\n"
            + "    metrics[avg + \"_f1\"] = f1_score(Y_test, preds, average=avg, **z)\n"
            + "metrics = {k: float(v) for k, v in metrics.items()}\n"
            + "metrics[\"predicted_cardinality\"] = float(preds.sum(axis=1).mean())\n"
            + "metrics[\"true_cardinality\"] = float(Y_test.sum(axis=1).mean())\n"
            + "metrics[\"rows_with_no_prediction\"] = int((preds.sum(axis=1) == 0).sum())\n"
            + "# ROC AUC needs both classes among the test rows\n"
            + "aucs = [roc_auc_score(Y_test[:, k], P[:, k]) for k in range(Y_test.shape[1])\n"
            + "        if 0 < Y_test[:, k].sum() < len(Y_test)]\n"
            + "ranking = {\"coverage_error\": float(coverage_error(Y_test, P)),\n"
            + "           \"label_ranking_average_precision\": float(label_ranking_average_precision_score(Y_test, P)),\n"
            + "           \"label_ranking_loss\": float(label_ranking_loss(Y_test, P)),\n"
            + "           \"macro_roc_auc\": float(np.mean(aucs)) if aucs else None,\n"
            + "           \"labels_with_defined_roc_auc\": len(aucs)}\n"
            + "print(round(metrics[\"hamming_loss\"], 3), round(metrics[\"subset_accuracy\"], 3))\n"
            + "print(round(metrics[\"micro_f1\"], 3), round(metrics[\"macro_f1\"], 3))\n"
            + "with open(" + PyFormat.str(REPRODUCED_METRICS) + ", \"w\", encoding=\"utf-8\") as f:\n"
            + "    json.dump({\"metrics\": metrics, \"ranking\": ranking}, f, indent=2)";
  }

  /** "the app's: 0.5 for every label" or "the app's, per label: beach 0.4, sunset 0.5, …". */
  private static String thresholdsComment(Thresholds thresholds, List<String> names) {
    double[] t = thresholds.toArray();
    boolean same = true;
    for (double v : t) {
      same &= v == t[0];
    }
    if (same) {
      return "the app's: " + PyFormat.repr(t[0]) + " for every label";
    }
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < Math.min(t.length, 4); k++) {
      // a label name in a comment: no line break may end the comment early
      parts.add(names.get(k).replaceAll("\\s+", " ") + " " + PyFormat.repr(t[k]));
    }
    return "the app's, per label: " + String.join(", ", parts) + (t.length > 4 ? ", ..." : "");
  }
}
