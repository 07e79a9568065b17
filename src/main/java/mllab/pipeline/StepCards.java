package mllab.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import mllab.data.Dataset;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.model.EpochReport;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.model.TrainingConfig;
import mllab.prep.FitScope;
import mllab.split.Split;
import mllab.split.SplitMethod;
import mllab.text.Text;

/**
 * Builds each step's shape card and Python panel from the live session, so that every number on
 * them is the app's own: shapes from the real matrices, the sample row's real values, and what the
 * shown Python would print computed with the app's results.
 *
 * <p>Python values are formatted the way Python prints them: {@code np.round(x, 3).tolist()}
 * gives a list of the shortest decimal forms, which is what {@link Double#toString} gives for the
 * same rounded doubles.
 */
public final class StepCards {

  private static final int SAMPLE_FEATURES = 4;

  private StepCards() {}

  /** The shape card of {@code step} for the session's current state. */
  public static ShapeCard card(PipelineSession s, Step step) {
    Dataset raw = s.dataset();
    Split split = s.split();
    int row = PipelineSession.SAMPLE_ROW;
    return switch (step) {
      case RAW_DATA -> new ShapeCard(
          s.source(),
          Text.get("engine.pipeline.card.rawData.operation"),
          shape(s.combined()),
          List.of(),
          sampleRaw(raw, row));
      case PREPROCESSING -> new ShapeCard(
          rowsByFeatures(s.combined()),
          Text.get(s.fitScope() == FitScope.TRAIN_ONLY
                  ? "engine.pipeline.card.preprocessing.operation.trainOnly"
                  : "engine.pipeline.card.preprocessing.operation.allRows",
              String.valueOf(s.scaler().fittedRows())),
          rowsByFeatures(s.combined()),
          sampleRaw(raw, row),
          sampleScaled(s, row));
      case SPLIT -> new ShapeCard(
          Text.get("engine.pipeline.card.split.input", String.valueOf(s.combined().rows())),
          splitOperation(s),
          Text.get("engine.pipeline.card.split.output", String.valueOf(split.train().rows()),
              String.valueOf(split.test().rows())),
          List.of(),
          List.of(Text.get(contains(split.trainIndices(), row)
                  ? "engine.pipeline.card.split.sample.train"
                  : "engine.pipeline.card.split.sample.test",
              String.valueOf(row))));
      case TRAINING -> new ShapeCard(
          Text.get("engine.pipeline.card.training.input", String.valueOf(split.train().rows()),
              String.valueOf(raw.featureCount())),
          Text.get("engine.pipeline.card.training.operation", architecture(s.trainingConfig(), raw),
              String.valueOf(s.trainingConfig().epochs())),
          trainingOutput(s),
          List.of(),
          List.of());
      case EVALUATION -> new ShapeCard(
          Text.get("engine.pipeline.card.evaluation.input", String.valueOf(split.test().rows()),
              String.valueOf(raw.featureCount())),
          Text.get("engine.pipeline.card.evaluation.operation"),
          Text.get("engine.pipeline.card.evaluation.output", String.valueOf(split.test().rows()),
              String.valueOf(raw.labelCount())),
          List.of(),
          s.predictions().map(p -> sampleProbabilities(p))
              .orElse(List.of(Text.get("engine.pipeline.card.evaluation.untrained"))));
    };
  }

  private static String shape(Dataset d) {
    return Text.get("engine.pipeline.card.shape", String.valueOf(d.rows()),
        String.valueOf(d.featureCount()), String.valueOf(d.labelCount()));
  }

  private static String rowsByFeatures(Dataset d) {
    return Text.get("engine.pipeline.card.rowsByFeatures", String.valueOf(d.rows()),
        String.valueOf(d.featureCount()));
  }

  private static String splitOperation(PipelineSession s) {
    if (s.splitMethod() == SplitMethod.PREDEFINED) {
      return Text.get("engine.pipeline.card.split.predefined");
    }
    int pct = (int) Math.round(s.testFraction() * 100);
    return Text.get(s.splitMethod() == SplitMethod.ITERATIVE_STRATIFICATION
            ? "engine.pipeline.card.split.stratified"
            : "engine.pipeline.card.split.random",
        String.valueOf(100 - pct), String.valueOf(pct), String.valueOf(s.splitSeed()));
  }

  private static String trainingOutput(PipelineSession s) {
    List<EpochReport> h = s.history();
    if (s.isTraining()) {
      return Text.get("engine.pipeline.card.training.running");
    }
    if (h.isEmpty()) {
      return Text.get("engine.pipeline.card.training.untrained");
    }
    EpochReport last = h.get(h.size() - 1);
    return Text.get("engine.pipeline.card.training.trained",
        String.format(Locale.ROOT, "%.3f", last.testLoss()),
        String.format(Locale.ROOT, "%.3f", last.labelAccuracy()));
  }

  /** "20 → 16 ReLU → 4 sigmoid". */
  public static String architecture(TrainingConfig c, Dataset d) {
    StringBuilder sb = new StringBuilder().append(d.featureCount());
    for (int units : c.hiddenLayers()) {
      sb.append(" → ").append(units).append(' ').append(c.activation());
    }
    sb.append(" → ").append(d.labelCount()).append(' ').append(Text.get(
        c.output() == OutputActivation.SIGMOID
            ? "engine.pipeline.card.outputSigmoid"
            : "engine.pipeline.card.outputSoftmax"));
    return sb.toString();
  }

  private static List<String> sampleRaw(Dataset d, int row) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < Math.min(SAMPLE_FEATURES, d.featureCount()); j++) {
      out.add(d.featureNames().get(j) + " " + compact(d.feature(row, j)));
    }
    out.add(Text.get("engine.pipeline.card.sampleLabels", labelsOf(d, row)));
    return out;
  }

  private static List<String> sampleScaled(PipelineSession s, int row) {
    double[] scaled = s.scaler().apply(s.dataset().featureRow(row));
    List<String> out = new ArrayList<>();
    for (int j = 0; j < Math.min(SAMPLE_FEATURES, scaled.length); j++) {
      out.add(s.dataset().featureNames().get(j) + " " + String.format(Locale.ROOT, "%.3f", scaled[j]));
    }
    out.add(Text.get("engine.pipeline.card.labelsUnchanged"));
    return out;
  }

  private static List<String> sampleProbabilities(Predictions p) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < p.labelCount(); k++) {
      out.add(p.labelNames().get(k) + " " + String.format(Locale.ROOT, "%.2f", p.probabilities()[0][k]));
    }
    return out;
  }

  /** "[beach, sunset]" or "[] (no label)". */
  public static String labelsOf(Dataset d, int row) {
    List<String> on = new ArrayList<>();
    for (int k = 0; k < d.labelCount(); k++) {
      if (d.label(row, k) == 1) {
        on.add(d.labelNames().get(k));
      }
    }
    return on.isEmpty() ? Text.get("engine.pipeline.card.noLabel") : String.join(" + ", on);
  }

  private static String compact(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return String.valueOf((long) v);
    }
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  // ---- Python ---------------------------------------------------------------------------------

  /** The Python panel of {@code step}; Evaluation's, with predictions, comes from {@link #evaluation}. */
  public static PythonSnippet python(PipelineSession s, Step step) {
    return switch (step) {
      case RAW_DATA -> rawDataPython(s);
      case PREPROCESSING -> preprocessingPython(s);
      case SPLIT -> splitPython(s);
      case TRAINING -> trainingPython(s);
      case EVALUATION -> evaluationUntrained(s);
    };
  }

  private static String pyList(List<String> names) {
    return names.stream().map(n -> "\"" + n.replace("\"", "\\\"") + "\"").collect(Collectors.joining(", ", "[", "]"));
  }

  private static PythonSnippet rawDataPython(PipelineSession s) {
    Dataset d = s.combined();
    String code =
        "import pandas as pd\n\n"
            + "df = pd.read_csv(\"" + fileName(s) + "\")\n"
            + "labels = " + pyList(d.labelNames()) + "\n"
            + "X = df.drop(columns=labels).to_numpy()\n"
            + "Y = df[labels].to_numpy()\n"
            + "print(X.shape, Y.shape)\n"
            + "print(round(Y.sum(axis=1).mean(), 3))  # label cardinality";
    String out =
        "(" + d.rows() + ", " + d.featureCount() + ") (" + d.rows() + ", " + d.labelCount() + ")\n"
            + py(round(s.stats().labelCardinality(), 3));
    return new PythonSnippet(code, out);
  }

  private static String fileName(PipelineSession s) {
    String src = s.source();
    int slash = Math.max(src.lastIndexOf('/'), src.lastIndexOf('\\'));
    return slash >= 0 ? src.substring(slash + 1) : src;
  }

  private static PythonSnippet preprocessingPython(PipelineSession s) {
    boolean trainOnly = s.fitScope() == FitScope.TRAIN_ONLY;
    int row = PipelineSession.SAMPLE_ROW;
    double[] scaled = s.scaler().apply(s.dataset().featureRow(row));
    List<String> first = new ArrayList<>();
    for (int j = 0; j < Math.min(SAMPLE_FEATURES, scaled.length); j++) {
      first.add(py(round(scaled[j], 3)));
    }
    int outside = s.scaler().report(s.split().test()).outsideCount();
    String code =
        "from sklearn.preprocessing import MinMaxScaler\n\n"
            + (trainOnly
                ? "scaler = MinMaxScaler().fit(X_train)   # learn min/max on training rows only\n"
                : "scaler = MinMaxScaler().fit(X)         # WRONG: the test rows leak into min/max\n")
            + "X_train_s = scaler.transform(X_train)\n"
            + "X_test_s = scaler.transform(X_test)\n"
            + "print(np.round(scaler.transform(X[[" + row + "]])[0, :" + first.size() + "], 3).tolist())\n"
            + "print(((X_test_s < 0) | (X_test_s > 1)).sum())  # test values outside 0–1";
    return new PythonSnippet(code, "[" + String.join(", ", first) + "]\n" + outside);
  }

  private static PythonSnippet splitPython(PipelineSession s) {
    Split split = s.split();
    String code;
    if (s.splitMethod() == SplitMethod.PREDEFINED) {
      code = "# the dataset came as two files: keep them\nX_train, Y_train = load(\"train\")\nX_test, Y_test = load(\"test\")\n";
    } else if (s.splitMethod() == SplitMethod.ITERATIVE_STRATIFICATION) {
      code =
          "from skmultilearn.model_selection import iterative_train_test_split\n\n"
              + "X_train, Y_train, X_test, Y_test = iterative_train_test_split(\n"
              + "    X, Y, test_size=" + py(s.testFraction()) + ")\n";
    } else {
      code =
          "from sklearn.model_selection import train_test_split\n\n"
              + "X_train, X_test, Y_train, Y_test = train_test_split(\n"
              + "    X, Y, test_size=" + py(s.testFraction()) + ", random_state=" + s.splitSeed() + ")\n";
    }
    code +=
        "print(X_train.shape, X_test.shape)\n"
            + "print(np.round(Y_train.mean(axis=0), 3).tolist())  # positive rate per label\n"
            + "print(np.round(Y_test.mean(axis=0), 3).tolist())";
    String out =
        "(" + split.train().rows() + ", " + split.train().featureCount() + ") ("
            + split.test().rows() + ", " + split.test().featureCount() + ")\n"
            + pyRates(split.trainPositiveRates()) + "\n" + pyRates(split.testPositiveRates());
    return new PythonSnippet(code, out);
  }

  private static String pyRates(double[] rates) {
    List<String> r = new ArrayList<>();
    for (double v : rates) {
      r.add(py(round(v, 3)));
    }
    return "[" + String.join(", ", r) + "]";
  }

  private static PythonSnippet trainingPython(PipelineSession s) {
    TrainingConfig c = s.trainingConfig();
    Dataset d = s.dataset();
    StringBuilder code = new StringBuilder("from tensorflow import keras\n\n");
    code.append("model = keras.Sequential([\n    keras.Input(shape=(").append(d.featureCount()).append(",)),\n");
    String reg = c.l2() > 0 ? ", kernel_regularizer=keras.regularizers.l2(" + py(c.l2()) + ")" : "";
    for (int units : c.hiddenLayers()) {
      code.append("    keras.layers.Dense(").append(units).append(", activation=\"")
          .append(c.activation().name().toLowerCase(Locale.ROOT)).append("\"").append(reg).append("),\n");
    }
    boolean sigmoid = c.output() == OutputActivation.SIGMOID;
    code.append("    keras.layers.Dense(").append(d.labelCount()).append(", activation=\"")
        .append(sigmoid ? "sigmoid" : "softmax").append("\"),\n])\n");
    String opt =
        c.optimizer() == Optimizer.ADAM
            ? "keras.optimizers.Adam(learning_rate=" + py(c.learningRate()) + ")"
            : "keras.optimizers.SGD(learning_rate=" + py(c.learningRate()) + ", momentum=" + py(c.momentum()) + ")";
    code.append("model.compile(optimizer=").append(opt).append(",\n              loss=\"")
        .append(sigmoid ? "binary_crossentropy" : "categorical_crossentropy")
        .append("\", metrics=[\"binary_accuracy\"])\n");
    code.append("model.fit(X_train_s, Y_train, epochs=").append(c.epochs()).append(", batch_size=")
        .append(c.batchSize()).append(")\n");
    code.append("loss, acc = model.evaluate(X_test_s, Y_test, verbose=0)\nprint(round(loss, 3), round(acc, 3))");
    List<EpochReport> h = s.history();
    String out =
        h.isEmpty()
            ? Text.get("engine.pipeline.python.untrained")
            : py(round(h.get(h.size() - 1).testLoss(), 3)) + " " + py(round(h.get(h.size() - 1).labelAccuracy(), 3));
    return new PythonSnippet(code.toString(), out);
  }

  /** The Evaluation panel before there are predictions: the code, and what is needed to run it. */
  private static PythonSnippet evaluationUntrained(PipelineSession s) {
    return new PythonSnippet(
        evaluationCode(s.split().test().rows(), s.dataset().labelCount(), null),
        Text.get("engine.pipeline.python.noPredictions"));
  }

  /**
   * The Evaluation panel for {@code predictions} at the thresholds in force ({@code report} is
   * their metric report): per-label thresholds are written out as an array, so the code decides
   * every cell as the screen does.
   */
  public static PythonSnippet evaluation(Predictions predictions, Thresholds t, MetricReport r) {
    String code = evaluationCode(predictions.rows(), predictions.labelCount(), t);
    String out =
        py(round(r.hammingLoss(), 3)) + " " + py(round(r.subsetAccuracy(), 3)) + "\n"
            + py(round(r.microF1(), 3));
    return new PythonSnippet(code, out);
  }

  private static String evaluationCode(int rows, int labels, Thresholds t) {
    String rule = thresholdLiteral(t);
    return "from sklearn.metrics import hamming_loss, accuracy_score, f1_score\n\n"
        + "probs = model.predict(X_test_s)    # shape (" + rows + ", " + labels + ")\n"
        + (rule.startsWith("[") ? "thresholds = np.array(" + rule + ")    # one per label\n" : "")
        + "preds = (probs >= " + (rule.startsWith("[") ? "thresholds" : rule) + ").astype(int)\n"
        + "print(round(hamming_loss(Y_test, preds), 3), round(accuracy_score(Y_test, preds), 3))\n"
        + "print(round(f1_score(Y_test, preds, average=\"micro\"), 3))";
  }

  /** One number when every label shares it, else a Python list with each label's exact value. */
  private static String thresholdLiteral(Thresholds t) {
    if (t == null || t.labelCount() == 0) {
      return py(0.5);
    }
    boolean same = true;
    for (int k = 1; k < t.labelCount(); k++) {
      same &= t.of(k) == t.of(0);
    }
    if (same) {
      return py(t.of(0));
    }
    StringBuilder b = new StringBuilder("[");
    for (int k = 0; k < t.labelCount(); k++) {
      b.append(k == 0 ? "" : ", ").append(py(t.of(k)));
    }
    return b.append(']').toString();
  }

  /**
   * Python's {@code round(v, decimals)}: the exact binary value of {@code v} rounded half to even
   * (0.2025 is stored as 0.20249999…, so it rounds to 0.202, as Python prints).
   */
  static double round(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v)
        .setScale(decimals, java.math.RoundingMode.HALF_EVEN)
        .doubleValue();
  }

  /** How Python's print shows a float. */
  static String py(double v) {
    if (v == 0) {
      return "0.0";
    }
    String java = Double.toString(v);
    double a = Math.abs(v);
    if (a >= 1e-4 && a < 1e-3) {
      return new java.math.BigDecimal(java).stripTrailingZeros().toPlainString();
    }
    int e = java.indexOf('E');
    if (e < 0) {
      return java;
    }
    // Python writes 1e-05 where Java writes 1.0E-5.
    String mantissa = java.substring(0, e).replaceAll("\\.0$", "");
    int exp = Integer.parseInt(java.substring(e + 1));
    return mantissa + (exp < 0 ? "e-" : "e+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
  }
}
