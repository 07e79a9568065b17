package mllab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mllab.data.Dataset;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.model.Mlp;
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
 * The session as a Python notebook: one or more code cells per step that, run in order in a folder
 * holding the exported files ({@link #DATASET}, {@link #TRAIN_ROWS}, …), redo with numpy and
 * scikit-learn what the app did, and print the same numbers.
 *
 * <p>Everything the app decided is read from those files instead of being drawn again: the split
 * from the saved row numbers (scikit-learn's {@code train_test_split} with the same seed would pick
 * other rows, because the seed feeds another random generator), the trained network from its
 * weights. So the statistics, the scaling, the probabilities and every metric come out the same,
 * and a cell's printed output is known here exactly ({@link PythonCell#printed()}). Training is the
 * exception: a cell trains scikit-learn's {@code MLPClassifier} with the app's settings translated,
 * and its numbers depend on that library's random start and shuffling, so the panel shows what the
 * app got instead. The cells for PyTorch and Keras are optional and skip themselves when the
 * library is missing.
 *
 * <p>The translation of the settings follows the app's loss: binary cross-entropy averaged over
 * rows <em>and</em> labels, plus {@code λ/2 · Σ w²} over every layer's weights (not the biases).
 * scikit-learn sums its loss over the L labels, so its gradients are L times the app's: SGD's
 * learning rate is divided by L (Adam's step does not depend on the gradient's scale) and its
 * {@code alpha}, which it divides by the batch's rows, is {@code λ × batch × L}.
 *
 * <p>The cells of steps 1 and 2 are written here; the Split step's in {@link SplitCell}, the
 * Training step's in {@link TrainingCells} (and {@link FrameworkCells} for PyTorch and Keras), the
 * Evaluation step's in {@link EvaluationCell}.
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
    return of(
        session, session.model().orElse(null), session.predictions().orElse(null), thresholds);
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
    return new PythonNotebook(
        session,
        step,
        session.model().orElse(null),
        session.predictions().orElse(null),
        inForce(thresholds, session));
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
      case SPLIT ->
          List.of(
              new SplitCell(
                      dataset.labelCount(),
                      split,
                      splitMethod,
                      testFraction,
                      splitSeed,
                      validationFraction,
                      validationMethod)
                  .cell());
      case TRAINING ->
          new TrainingCells(dataset, split, scaledTest, config, runOptions, model, predictions)
              .cells();
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
            + "# The app's dataset: the feature columns, then the "
            + l
            + " label columns (0/1)\n"
            + "with open("
            + PyFormat.str(DATASET)
            + ", newline=\"\", encoding=\"utf-8\") as f:\n"
            + "    header, *rows = csv.reader(f)\n"
            + "n_labels = "
            + l
            + "\n"
            + "label_names = header[-n_labels:]\n"
            + "X = np.array([[float(v) for v in r[:-n_labels]] for r in rows])\n"
            + "Y = np.array([[int(v) for v in r[-n_labels:]] for r in rows])\n"
            + "print(X.shape, Y.shape)\n"
            + "print(round(float(Y.sum(axis=1).mean()), 3))  # label cardinality: labels per row\n"
            + "print(round(float(Y.mean()), 3))  # label density: cardinality / number of labels\n"
            + "print(Y.sum(axis=0)"
            + limit(l)
            + ".tolist())  # rows carrying each label"
            + limitComment(l);
    // The dataset counted each label's positives when it checked its rows: no walk over every
    // row and label here, on the FX thread, each time a dataset is put to use.
    int[] counts = new int[l];
    long total = 0;
    for (int k = 0; k < l; k++) {
      counts[k] = d.positives(k);
      total += counts[k];
    }
    String printed =
        shape(d.rows(), d.featureCount())
            + " "
            + shape(d.rows(), l)
            + "\n"
            + PyFormat.round(total / (double) d.rows(), 3)
            + "\n"
            + PyFormat.round(total / ((double) d.rows() * l), 3)
            + "\n"
            + PyFormat.intList(java.util.Arrays.copyOf(counts, Math.min(l, LIST_LIMIT)));
    return PythonCell.printing(Step.RAW_DATA, code, printed);
  }

  /** What numpy prints for the shape of a {@code rows} × {@code columns} array. */
  static String shape(int rows, int columns) {
    return "(" + rows + ", " + columns + ")";
  }

  static String limit(int labels) {
    return labels > LIST_LIMIT ? "[:" + LIST_LIMIT + "]" : "";
  }

  static String limitComment(int labels) {
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
            + DATASET
            + ")\n"
            + "train_rows = np.loadtxt("
            + PyFormat.str(TRAIN_ROWS)
            + ", dtype=int, ndmin=1)\n"
            + "test_rows = np.loadtxt("
            + PyFormat.str(TEST_ROWS)
            + ", dtype=int, ndmin=1)\n"
            + (split.hasValidation()
                ? "# the validation part, carved out of the training rows (neither trained on nor tested)\n"
                    + "val_rows = np.loadtxt("
                    + PyFormat.str(VALIDATION_ROWS)
                    + ", dtype=int, ndmin=1)\n"
                : "")
            + (trainOnly
                ? "scaler = MinMaxScaler().fit(X[train_rows])  # min and max of the training rows only\n"
                : "scaler = MinMaxScaler().fit(X)  # WRONG: fitted on all rows, the test rows leak in\n")
            + "# scaler.transform(X) written out as the app computes it, x' = (x - min) / (max - min)\n"
            + "# (transform multiplies by 1 / (max - min) instead, which can put a value equal to the\n"
            + "# maximum one rounding step above 1); a constant feature is divided by 1\n"
            + "width = np.where(scaler.data_range_ == 0, 1.0, scaler.data_range_)\n"
            + "X_s = (X - scaler.data_min_) / width\n"
            + "print(np.round(X_s["
            + PipelineSession.SAMPLE_ROW
            + ", :"
            + shown
            + "], 3).tolist())  # row "
            + PipelineSession.SAMPLE_ROW
            + ", first "
            + shown
            + " features\n"
            + "print(int(((X_s[test_rows] < 0) | (X_s[test_rows] > 1)).sum()))  # test values outside 0-1";
    double[] scaled = scaler.apply(d.featureRow(PipelineSession.SAMPLE_ROW));
    String printed =
        PyFormat.npRoundList(java.util.Arrays.copyOf(scaled, shown), 3) + "\n" + testValuesOutside;
    return PythonCell.printing(Step.PREPROCESSING, code, printed);
  }

  // ---- step 5 -------------------------------------------------------------------------------

  private PythonCell evaluation() {
    if (predictions == null) {
      return PythonCell.differing(
          Step.EVALUATION,
          EvaluationCell.code(thresholds, dataset.labelNames()),
          Text.get("engine.pipeline.python.noPredictions"),
          "");
    }
    return EvaluationCell.of(predictions, thresholds, MetricReport.of(predictions, thresholds));
  }
}
