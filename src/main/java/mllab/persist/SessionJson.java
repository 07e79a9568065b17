package mllab.persist;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.ArrayList;
import java.util.List;
import mllab.data.Dataset;
import mllab.data.GeneratorSettings;
import mllab.lesson.Lesson;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.model.TrainingConfig;
import mllab.pipeline.Step;

/**
 * The session file's JSON objects as records, one per object, in the order their fields are
 * written. Writing maps a {@link SessionFile.State} onto them; reading binds them with {@link
 * SessionBinding} and turns them into a state with {@link SessionValidator}.
 *
 * <p>Every value is boxed and nullable: a missing field reads as {@code null} and the validator
 * says which one. Fields that are written only when they exist are left out when {@code null}, and
 * an explicit {@code null} reads as a missing field. Numbers are written in Java's shortest
 * round-trip form, non-finite ones as the strings {@code "NaN"}, {@code "Infinity"} and {@code
 * "-Infinity"} (Jackson's default).
 */
final class SessionJson {

  private SessionJson() {}

  /** The whole file. {@code step} is written even when there is none ({@code null}). */
  record Document(
      String format,
      Integer version,
      DatasetJson dataset,
      SplitJson split,
      String fitScope,
      TrainingJson training,
      @JsonInclude(Include.NON_NULL) ModelJson model,
      List<EpochJson> history,
      ThresholdsJson thresholds,
      String step) {}

  /** Where the data comes from: one of {@code bundled}, {@code generator} or {@code rows}. */
  record DatasetJson(
      String source,
      @JsonInclude(Include.NON_NULL) String bundled,
      @JsonInclude(Include.NON_NULL) GeneratorJson generator,
      @JsonInclude(Include.NON_NULL) RowsJson rows,
      @JsonInclude(Include.NON_NULL) RowsJson testRows) {}

  /** The settings a generated dataset is made again with. */
  record GeneratorJson(
      Integer rows,
      Integer features,
      Integer labels,
      Double noise,
      double[] prevalence,
      Double labelCorrelation,
      Long seed) {}

  /** An embedded dataset, row by row. */
  record RowsJson(
      String name,
      List<String> featureNames,
      List<String> labelNames,
      double[][] features,
      int[][] labels) {}

  record SplitJson(
      String method,
      Double testFraction,
      Long seed,
      String validationMethod,
      Double validationFraction) {}

  /** The training settings and, after them, the run options. */
  record TrainingJson(
      int[] hiddenLayers,
      String activation,
      String output,
      String optimizer,
      Double learningRate,
      Integer batchSize,
      Double l2,
      Integer epochs,
      Long seed,
      Double momentum,
      Boolean positiveWeighting,
      Integer earlyStoppingPatience) {}

  record ModelJson(String hiddenActivation, String output, List<LayerJson> layers) {}

  record LayerJson(double[][] weights, double[] biases) {}

  /** One epoch of the history; {@code validationLoss} only when there was a validation part. */
  record EpochJson(
      Integer epoch,
      Double trainLoss,
      Double testLoss,
      Double labelAccuracy,
      Double subsetAccuracy,
      Double microF1,
      double[] perLabelLoss,
      double[] perLabelAccuracy,
      Double trainLabelAccuracy,
      Double chanceLoss,
      @JsonInclude(Include.NON_NULL) Double validationLoss) {}

  record ThresholdsJson(Boolean perLabel, double[] values, String tuning, Double global) {}

  // ---- from a state -----------------------------------------------------------------------------

  static Document of(SessionFile.State s) {
    List<EpochJson> history = new ArrayList<>();
    s.history().forEach(r -> history.add(epoch(r)));
    SessionFile.ThresholdChoice t = s.thresholds();
    return new Document(
        SessionFile.FORMAT,
        SessionFile.VERSION,
        dataset(s),
        new SplitJson(
            s.splitMethod().name(),
            s.testFraction(),
            s.splitSeed(),
            s.validationMethod().name(),
            s.validationFraction()),
        s.fitScope().name(),
        training(s.trainingConfig(), s.runOptions()),
        s.model().map(SessionJson::model).orElse(null),
        history,
        new ThresholdsJson(t.perLabel(), t.values(), t.tuning().name(), t.global()),
        s.step().map(Step::name).orElse(null));
  }

  private static DatasetJson dataset(SessionFile.State s) {
    if (s.bundled()) {
      return new DatasetJson(s.source(), Lesson.DATASET_FILE, null, null, null);
    }
    if (s.generator().isPresent()) {
      GeneratorSettings g = s.generator().get();
      return new DatasetJson(
          s.source(),
          null,
          new GeneratorJson(
              g.rows(),
              g.features(),
              g.labels(),
              g.noise(),
              g.prevalence(),
              g.labelCorrelation(),
              g.seed()),
          null,
          null);
    }
    return new DatasetJson(
        s.source(), null, null, rows(s.dataset()), s.test().map(SessionJson::rows).orElse(null));
  }

  private static RowsJson rows(Dataset d) {
    double[][] features = new double[d.rows()][];
    int[][] labels = new int[d.rows()][];
    for (int i = 0; i < d.rows(); i++) {
      features[i] = d.featureRow(i);
      labels[i] = d.labelRow(i);
    }
    return new RowsJson(d.name(), d.featureNames(), d.labelNames(), features, labels);
  }

  private static TrainingJson training(TrainingConfig c, mllab.model.RunOptions o) {
    return new TrainingJson(
        c.hiddenLayers(),
        c.activation().name(),
        c.output().name(),
        c.optimizer().name(),
        c.learningRate(),
        c.batchSize(),
        c.l2(),
        c.epochs(),
        c.seed(),
        c.momentum(),
        o.positiveWeighting(),
        o.earlyStoppingPatience());
  }

  private static ModelJson model(Mlp m) {
    List<LayerJson> layers = new ArrayList<>();
    for (int l = 0; l < m.layerCount(); l++) {
      layers.add(new LayerJson(m.weights(l), m.biases(l)));
    }
    return new ModelJson(m.hiddenActivation().name(), m.output().name(), layers);
  }

  private static EpochJson epoch(EpochReport r) {
    return new EpochJson(
        r.epoch(),
        r.trainLoss(),
        r.testLoss(),
        r.labelAccuracy(),
        r.subsetAccuracy(),
        r.microF1(),
        r.perLabelLoss(),
        r.perLabelAccuracy(),
        r.trainLabelAccuracy(),
        r.chanceLoss(),
        r.hasValidation() ? Double.valueOf(r.validationLoss()) : null);
  }
}
