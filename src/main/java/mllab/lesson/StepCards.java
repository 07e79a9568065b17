package mllab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import mllab.data.Dataset;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.model.EpochReport;
import mllab.model.OutputActivation;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.prep.FitScope;
import mllab.split.Split;
import mllab.split.SplitMethod;
import mllab.text.Text;

/**
 * Builds each step's shape card and Python panel from the live session, so that every number on
 * them is the app's own: shapes from the real matrices, the sample row's real values, and what the
 * shown Python would print computed with the app's results.
 *
 * <p>Python values are formatted the way Python prints them: {@code np.round(x, 3).tolist()} gives
 * a list of the shortest decimal forms, which is what {@link Double#toString} gives for the same
 * rounded doubles.
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
      case RAW_DATA ->
          new ShapeCard(
              s.source(),
              Text.get("engine.pipeline.card.rawData.operation"),
              shape(s.combined()),
              List.of(),
              sampleRaw(raw, row));
      case PREPROCESSING -> preprocessingCard(s, raw, row);
      case SPLIT -> splitCard(s, split, row);
      case TRAINING -> trainingCard(s, raw, split);
      case EVALUATION -> evaluationCard(s, raw, split);
    };
  }

  private static ShapeCard preprocessingCard(PipelineSession s, Dataset raw, int row) {
    return new ShapeCard(
        rowsByFeatures(s.combined()),
        Text.get(
            s.fitScope() == FitScope.TRAIN_ONLY
                ? "engine.pipeline.card.preprocessing.operation.trainOnly"
                : "engine.pipeline.card.preprocessing.operation.allRows",
            mllab.text.Decimals.count(s.scaler().fittedRows())),
        rowsByFeatures(s.combined()),
        sampleRaw(raw, row),
        sampleScaled(s, row));
  }

  private static ShapeCard splitCard(PipelineSession s, Split split, int row) {
    return new ShapeCard(
        Text.get(
            "engine.pipeline.card.split.input", mllab.text.Decimals.count(s.combined().rows())),
        splitOperation(s),
        Text.get(
            "engine.pipeline.card.split.output",
            mllab.text.Decimals.count(split.train().rows()),
            mllab.text.Decimals.count(split.test().rows())),
        List.of(),
        List.of(
            Text.get(
                contains(split.trainIndices(), row)
                    ? "engine.pipeline.card.split.sample.train"
                    : "engine.pipeline.card.split.sample.test",
                String.valueOf(row))));
  }

  private static ShapeCard trainingCard(PipelineSession s, Dataset raw, Split split) {
    return new ShapeCard(
        Text.get(
            "engine.pipeline.card.training.input",
            mllab.text.Decimals.count(split.train().rows()),
            mllab.text.Decimals.count(raw.featureCount())),
        Text.get(
            "engine.pipeline.card.training.operation",
            architecture(s.trainingConfig(), raw),
            String.valueOf(s.trainingConfig().epochs())),
        trainingOutput(s),
        List.of(),
        List.of());
  }

  private static ShapeCard evaluationCard(PipelineSession s, Dataset raw, Split split) {
    return new ShapeCard(
        Text.get(
            "engine.pipeline.card.evaluation.input",
            mllab.text.Decimals.count(split.test().rows()),
            mllab.text.Decimals.count(raw.featureCount())),
        Text.get("engine.pipeline.card.evaluation.operation"),
        Text.get(
            "engine.pipeline.card.evaluation.output",
            mllab.text.Decimals.count(split.test().rows()),
            mllab.text.Decimals.count(raw.labelCount())),
        List.of(),
        s.predictions()
            .map(p -> sampleProbabilities(p))
            .orElse(List.of(Text.get("engine.pipeline.card.evaluation.untrained"))));
  }

  private static String shape(Dataset d) {
    return Text.get(
        "engine.pipeline.card.shape",
        mllab.text.Decimals.count(d.rows()),
        mllab.text.Decimals.count(d.featureCount()),
        mllab.text.Decimals.count(d.labelCount()));
  }

  private static String rowsByFeatures(Dataset d) {
    return Text.get(
        "engine.pipeline.card.rowsByFeatures",
        mllab.text.Decimals.count(d.rows()),
        mllab.text.Decimals.count(d.featureCount()));
  }

  private static String splitOperation(PipelineSession s) {
    if (s.splitMethod() == SplitMethod.PREDEFINED) {
      return Text.get("engine.pipeline.card.split.predefined");
    }
    int pct = (int) Math.round(s.testFraction() * 100);
    return Text.get(
        s.splitMethod() == SplitMethod.ITERATIVE_STRATIFICATION
            ? "engine.pipeline.card.split.stratified"
            : "engine.pipeline.card.split.random",
        String.valueOf(100 - pct),
        String.valueOf(pct),
        String.valueOf(s.splitSeed()));
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
    return Text.get(
        "engine.pipeline.card.training.trained",
        String.format(Locale.ROOT, "%.3f", last.testLoss()),
        String.format(Locale.ROOT, "%.3f", last.labelAccuracy()));
  }

  /** "20 → 16 ReLU → 4 sigmoid". */
  public static String architecture(TrainingConfig c, Dataset d) {
    StringBuilder sb = new StringBuilder().append(mllab.text.Decimals.count(d.featureCount()));
    for (int units : c.hiddenLayers()) {
      sb.append(" → ").append(units).append(' ').append(c.activation());
    }
    sb.append(" → ")
        .append(mllab.text.Decimals.count(d.labelCount()))
        .append(' ')
        .append(
            Text.get(
                c.output() == OutputActivation.SIGMOID
                    ? "engine.pipeline.card.outputSigmoid"
                    : "engine.pipeline.card.outputSoftmax"));
    return sb.toString();
  }

  private static List<String> sampleRaw(Dataset d, int row) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < Math.min(SAMPLE_FEATURES, d.featureCount()); j++) {
      out.add(namedValue(d.featureNames().get(j), compact(d.feature(row, j))));
    }
    out.add(Text.get("engine.pipeline.card.sampleLabels", labelsOf(d, row)));
    return out;
  }

  private static List<String> sampleScaled(PipelineSession s, int row) {
    double[] scaled = s.scaler().apply(s.dataset().featureRow(row));
    List<String> out = new ArrayList<>();
    for (int j = 0; j < Math.min(SAMPLE_FEATURES, scaled.length); j++) {
      out.add(
          namedValue(
              s.dataset().featureNames().get(j), String.format(Locale.ROOT, "%.3f", scaled[j])));
    }
    out.add(Text.get("engine.pipeline.card.labelsUnchanged"));
    return out;
  }

  private static List<String> sampleProbabilities(Predictions p) {
    // One entry per label (the card counts the ones it does not show): the pattern parsed once.
    Function<Object[], String> named = Text.formatter(NAMED_VALUE);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < p.labelCount(); k++) {
      out.add(
          named.apply(
              new Object[] {
                p.labelNames().get(k), String.format(Locale.ROOT, "%.2f", p.probability(0, k))
              }));
    }
    return out;
  }

  /**
   * "f3 = 0.412": the name and the value apart, so that a feature named by a number (bibtex's
   * "000", "02") is not read as part of a value.
   */
  private static final String NAMED_VALUE = "engine.pipeline.card.sampleValue";

  private static String namedValue(String name, String value) {
    return Text.get(NAMED_VALUE, name, value);
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
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.1f", v)
        : String.format(Locale.ROOT, "%.3f", v);
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

  /**
   * The Python panel of {@code step}: that step's cells of the session's notebook ({@link
   * PythonNotebook}); the Evaluation cell at the session's thresholds (see {@link #evaluation}).
   */
  public static PythonSnippet python(PipelineSession s, Step step) {
    return new PythonSnippet(PythonNotebook.upTo(s, step, null).cells(step));
  }

  /**
   * {@link #python} in two halves: the session is read now, on the thread that owns it; the
   * returned work writes the cells, which for step 4 runs the test rows through the network, so it
   * may run on any thread, even while the session changes.
   */
  public static Supplier<PythonSnippet> pythonLater(PipelineSession s, Step step) {
    PythonNotebook notebook = PythonNotebook.upTo(s, step, null);
    return () -> new PythonSnippet(notebook.cells(step));
  }

  /**
   * The Evaluation panel for {@code predictions} at the thresholds in force, global or per label
   * ({@code report} is their metric report). Needs no session, so that it can be computed with the
   * rest of an {@link EvaluationSnapshot} on any thread.
   */
  public static PythonSnippet evaluation(Predictions predictions, Thresholds t, MetricReport r) {
    return new PythonSnippet(List.of(EvaluationCell.of(predictions, t, r)));
  }
}
