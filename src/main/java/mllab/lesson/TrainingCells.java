package mllab.lesson;

import static mllab.lesson.PythonNotebook.LIST_LIMIT;
import static mllab.lesson.PythonNotebook.PROBABILITIES;
import static mllab.lesson.PythonNotebook.WEIGHTS;
import static mllab.lesson.PythonNotebook.limit;
import static mllab.lesson.PythonNotebook.limitComment;

import java.util.ArrayList;
import java.util.List;
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
import mllab.pipeline.Step;
import mllab.split.Split;
import mllab.text.Text;

/**
 * The Training step's cells of a {@link PythonNotebook}: the app's trained network run again in
 * numpy, the positive weights when rare labels are weighted, and the same training in scikit-learn;
 * the optional PyTorch and Keras cells come from {@link FrameworkCells}.
 */
final class TrainingCells {

  private final Dataset dataset;
  private final Split split;
  private final Dataset scaledTest;
  private final TrainingConfig config;
  private final RunOptions runOptions;
  private final Mlp model;
  private final Predictions predictions;

  /**
   * The notebook's data, settings and trained model ({@code model}, {@code predictions}: null when
   * untrained).
   */
  TrainingCells(
      Dataset dataset,
      Split split,
      Dataset scaledTest,
      TrainingConfig config,
      RunOptions runOptions,
      Mlp model,
      Predictions predictions) {
    this.dataset = dataset;
    this.split = split;
    this.scaledTest = scaledTest;
    this.config = config;
    this.runOptions = runOptions;
    this.model = model;
    this.predictions = predictions;
  }

  /** The step's cells, in order: the optional ones last. */
  List<PythonCell> cells() {
    List<PythonCell> cells = new ArrayList<>(List.of(forwardPass()));
    if (positiveWeighting()) {
      cells.add(positiveWeightsCell());
    }
    FrameworkCells frameworks = new FrameworkCells(this, dataset, runOptions);
    cells.addAll(
        List.of(sklearnTraining(), frameworks.torchTraining(), frameworks.kerasTraining()));
    return cells;
  }

  TrainingConfig config() {
    return config;
  }

  boolean softmax() {
    return model != null
        ? model.output() == OutputActivation.SOFTMAX
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

  /** Whether the runs the cells translate weight each label's positives (sigmoid outputs only). */
  boolean positiveWeighting() {
    return runOptions.positiveWeighting() && !softmax();
  }

  /** Whether the runs stop early; only with a validation part to watch. */
  boolean earlyStopping() {
    return runOptions.earlyStopping() && split.hasValidation();
  }

  /** pos_weight as the app computes it on the training rows, printed for the first labels. */
  private PythonCell positiveWeightsCell() {
    int l = dataset.labelCount();
    String cap = PyFormat.repr(RunOptions.MAX_POSITIVE_WEIGHT);
    String code =
        "# Rare labels weighted: each label's positive term in the loss counts pos_weight times,\n"
            + "# negatives / positives on the training rows, capped at "
            + cap
            + " (1 for a label without positives)\n"
            + "positives = Y_train.sum(axis=0)\n"
            + "pos_weight = np.where(positives == 0, 1.0,\n"
            + "                      np.minimum("
            + cap
            + ", (len(Y_train) - positives) / np.maximum(positives, 1)))\n"
            + "print(np.round(pos_weight, 3)"
            + limit(l)
            + ".tolist())  # pos_weight per label"
            + limitComment(l);
    double[] w = RunOptions.positiveWeights(split.train().labelMatrix());
    return PythonCell.printing(
        Step.TRAINING,
        code,
        PyFormat.npRoundList(java.util.Arrays.copyOf(w, Math.min(l, LIST_LIMIT)), 3));
  }

  private PythonCell forwardPass() {
    StringBuilder code = new StringBuilder();
    code.append("# The app's trained network, from ")
        .append(WEIGHTS)
        .append(": the same forward pass in numpy\n")
        .append("with open(")
        .append(PyFormat.str(WEIGHTS))
        .append(", encoding=\"utf-8\") as f:\n")
        .append(
            "    layers = [(np.array(l[\"weights\"]), np.array(l[\"biases\"])) for l in json.load(f)[\"layers\"]]\n\n\n")
        .append("def sigmoid(z):\n")
        .append("    e = np.exp(-np.abs(z))  # never overflows\n")
        .append("    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n\n\n");
    outputFunctions(code);
    code.append("def logits(X, layers):\n")
        .append("    a = X\n")
        .append("    for W, b in layers[:-1]:  # W[o][i]: from input i to unit o\n")
        .append("        a = ")
        .append(hiddenPython())
        .append("\n")
        .append("    W, b = layers[-1]\n")
        .append("    return a @ W.T + b\n\n\n")
        .append("Z = logits(X_test, layers)\n")
        .append("P = probabilities(Z)\n")
        .append("P_app = np.loadtxt(")
        .append(PyFormat.str(PROBABILITIES))
        .append(", delimiter=\",\", skiprows=1, ndmin=2)\n")
        .append("print(np.round(P[0], 3)")
        .append(limit(dataset.labelCount()))
        .append(".tolist())  # the first test row's probabilities\n")
        .append("print(bool(np.abs(P - P_app).max() < 1e-9))  # the app's probabilities, to 1e-9\n")
        .append(
            "print(round(mean_loss(Z, Y_test), 3), round(float(((P >= 0.5) == Y_test).mean()), 3))")
        .append("  # test loss, label accuracy");
    if (predictions == null) {
      return PythonCell.differing(
          Step.TRAINING, code.toString(), Text.get("engine.pipeline.python.untrained"), "");
    }
    double[] first = predictions.probabilities()[0];
    String printed =
        PyFormat.npRoundList(java.util.Arrays.copyOf(first, Math.min(first.length, LIST_LIMIT)), 3)
            + "\nTrue\n"
            + appLoss()
            + " "
            + appAccuracy();
    return PythonCell.printing(Step.TRAINING, code.toString(), printed);
  }

  /** probabilities() and mean_loss() for the network's output: softmax or one sigmoid per label. */
  private void outputFunctions(StringBuilder code) {
    if (softmax()) {
      code.append("def probabilities(Z):  # softmax: the labels share one unit of probability\n")
          .append("    e = np.exp(Z - Z.max(axis=1, keepdims=True))\n")
          .append("    return e / e.sum(axis=1, keepdims=True)\n\n\n")
          .append("def mean_loss(Z, Y):  # cross-entropy against the labels scaled to sum to 1\n")
          .append(
              "    T = Y / np.maximum(Y.sum(axis=1, keepdims=True), 1)  # a row without labels adds 0\n")
          .append("    log_p = Z - Z.max(axis=1, keepdims=True)\n")
          .append("    log_p = log_p - np.log(np.exp(log_p).sum(axis=1, keepdims=True))\n")
          .append("    return float(-(T * log_p).sum(axis=1).mean())\n\n\n");
    } else {
      code.append("probabilities = sigmoid  # one independent probability per label\n\n\n")
          .append(
              "def mean_loss(Z, Y):  # binary cross-entropy from the logits, mean over rows and labels\n")
          .append(
              "    return float(np.mean(np.maximum(Z, 0) - Z * Y + np.log1p(np.exp(-np.abs(Z)))))\n\n\n");
    }
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
    return PyFormat.round(
        MetricReport.of(predictions, Thresholds.global(0.5, predictions.labelCount()))
            .labelAccuracy(),
        3);
  }

  private PythonCell sklearnTraining() {
    TrainingConfig c = config();
    int l = dataset.labelCount();
    boolean sgd = c.optimizer() == Optimizer.SGD;
    StringBuilder code =
        new StringBuilder()
            .append("import warnings\n\n")
            .append("from sklearn.exceptions import ConvergenceWarning\n")
            .append("from sklearn.neural_network import MLPClassifier\n\n")
            .append("# The same training in scikit-learn. It sums the loss over the ")
            .append(l)
            .append(" labels where the app\n")
            .append("# averages it, so its gradients are ")
            .append(l)
            .append(" times the app's: ")
            .append(
                sgd
                    ? "SGD's learning rate is divided by " + l + "\n# and "
                    : "Adam's step does not depend on that scale,\n# and ")
            .append(
                "the L2 penalty becomes alpha = λ × batch × labels (the L2 table of the lesson).\n");
    sklearnCaveats(code);
    sklearnFit(code, c, l, sgd);
    String accuracy = "round(float(((sigmoid(Z_sk) >= 0.5) == Y_test).mean()), 3)";
    if (softmax()) {
      code.append("print(\"scikit-learn's run: label accuracy\", ").append(accuracy).append(")\n");
    } else {
      code.append(
              "print(\"scikit-learn's run: test loss\", round(mean_loss(Z_sk, Y_test), 3), \"label accuracy\",\n")
          .append("      ")
          .append(accuracy)
          .append(")\n");
    }
    code.append("print(\"the app's run:      test loss ")
        .append(predictions == null ? "?" : appLoss())
        .append(" label accuracy ")
        .append(predictions == null ? "?" : appAccuracy())
        .append("\")");
    return PythonCell.differing(Step.TRAINING, code.toString(), appGot("scikit-learn"), "");
  }

  /**
   * MLPClassifier with the app's settings translated, its fit, and its logits for the test rows.
   */
  private static void sklearnFit(StringBuilder code, TrainingConfig c, int l, boolean sgd) {
    String activation =
        switch (c.activation()) {
          case RELU -> "relu";
          case TANH -> "tanh";
          case SIGMOID -> "logistic";
        };
    String lr = PyFormat.repr(c.learningRate()) + (sgd && l > 1 ? " / " + l : "");
    code.append("clf = MLPClassifier(\n")
        .append("    hidden_layer_sizes=")
        .append(tuple(c.hiddenLayers()))
        .append(", activation=\"")
        .append(activation)
        .append("\", solver=\"")
        .append(sgd ? "sgd" : "adam")
        .append("\",\n")
        .append("    learning_rate_init=")
        .append(lr);
    if (sgd) {
      code.append(", momentum=")
          .append(PyFormat.repr(c.momentum()))
          .append(", nesterovs_momentum=False");
    }
    code.append(",\n    batch_size=")
        .append(c.batchSize())
        .append(", alpha=")
        .append(PyFormat.repr(c.l2()))
        .append(" * ")
        .append(c.batchSize())
        .append(" * ")
        .append(l)
        .append(", max_iter=")
        .append(c.epochs())
        .append(", shuffle=True, random_state=")
        .append(c.seed())
        .append(",\n    tol=0.0, n_iter_no_change=")
        .append(c.epochs())
        .append(")  # never stops early\n")
        .append("with warnings.catch_warnings():\n")
        .append("    warnings.simplefilter(\"ignore\", ConvergenceWarning)  # stopping after ")
        .append(c.epochs())
        .append(" epochs is the point\n")
        .append("    clf.fit(X_train, Y_train)\n")
        .append("Z_sk = logits(X_test, [(W.T, b) for W, b in zip(clf.coefs_, clf.intercepts_)])\n");
  }

  /** What MLPClassifier cannot do as the app does, said before the run that lacks it. */
  private void sklearnCaveats(StringBuilder code) {
    if (softmax()) {
      code.append(
              "# MLPClassifier has no softmax over the labels of multi-label targets: it trains one\n")
          .append("# sigmoid per label instead.\n");
    }
    if (positiveWeighting()) {
      code.append(
              "# MLPClassifier has no pos_weight: this run minimises the plain loss, the PyTorch and\n")
          .append("# Keras cells below weight the rare labels as the app does.\n");
    }
    if (earlyStopping()) {
      code.append(
              "# MLPClassifier's early_stopping watches the accuracy on rows it draws itself, not the\n")
          .append(
              "# validation loss: this run trains every epoch, the PyTorch and Keras cells stop early.\n");
    }
  }

  String appGot(String library) {
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
}
