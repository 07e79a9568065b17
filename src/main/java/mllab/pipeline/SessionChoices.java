package mllab.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import mllab.data.Dataset;
import mllab.data.GeneratorSettings;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.prep.FitScope;
import mllab.split.SplitMethod;
import mllab.split.Splitter;

/**
 * The choices of a {@link PipelineSession}: the dataset and the settings of every step, down to the
 * thresholds. Each choice is checked when it is made and then tells the session the first step it
 * invalidates ({@link #invalidateFrom}); the results themselves are the session's.
 */
abstract class SessionChoices {

  private Dataset dataset;
  private Dataset predefinedTest;
  private String source;
  private GeneratorSettings generatorSettings;
  private SplitMethod splitMethod = SplitMethod.RANDOM;
  private double testFraction = Splitter.DEFAULT_TEST_FRACTION;
  private long splitSeed = PipelineSession.DEFAULT_SPLIT_SEED;
  private FitScope fitScope = FitScope.TRAIN_ONLY;
  private TrainingConfig trainingConfig = TrainingConfig.lesson();
  private double validationFraction;
  private SplitMethod validationMethod = SplitMethod.RANDOM;
  private RunOptions runOptions = RunOptions.NONE;
  private ThresholdState thresholdState;
  private final List<Consumer<ThresholdState>> thresholdListeners = new ArrayList<>();

  SessionChoices(Dataset dataset, String source) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.source = source;
    this.thresholdState = ThresholdState.lesson(dataset.labelCount());
  }

  /**
   * Drops every result from {@code step} on and tells the step listeners; {@code prepared}, when
   * given, holds the results of steps 1–3 for the new choices.
   */
  abstract void invalidateFrom(Step step, Upstream prepared);

  private void invalidateFrom(Step step) {
    invalidateFrom(step, null);
  }

  /**
   * Takes every choice of {@code other} but its thresholds, telling no listener (see {@link
   * PipelineSession#adopt}).
   */
  void takeChoices(SessionChoices other) {
    dataset = other.dataset;
    predefinedTest = other.predefinedTest;
    source = other.source;
    generatorSettings = other.generatorSettings;
    splitMethod = other.splitMethod;
    testFraction = other.testFraction;
    splitSeed = other.splitSeed;
    fitScope = other.fitScope;
    trainingConfig = other.trainingConfig;
    validationFraction = other.validationFraction;
    validationMethod = other.validationMethod;
    runOptions = other.runOptions;
  }

  /** The choices of steps 1–3 applied to {@code data} and {@code test} (null: none). */
  Upstream.Inputs inputs(long version, Dataset data, Dataset test) {
    return new Upstream.Inputs(
        version,
        data,
        test,
        splitMethod,
        testFraction,
        splitSeed,
        fitScope,
        validationFraction,
        validationMethod);
  }

  // ---- thresholds ---------------------------------------------------------------------------

  /**
   * Registers a listener told every new {@link ThresholdState}. Thresholds change nothing upstream,
   * so they do not go through the step listeners.
   */
  public void addThresholdListener(Consumer<ThresholdState> listener) {
    thresholdListeners.add(listener);
  }

  /** The Evaluation step's decision rule, in force for every threshold-dependent number. */
  public ThresholdState thresholdState() {
    return thresholdState;
  }

  /**
   * Replaces the decision rule; nothing is retrained or re-predicted.
   *
   * @throws IllegalArgumentException if the state has another number of labels than the dataset
   */
  public void setThresholdState(ThresholdState state) {
    Objects.requireNonNull(state, "state");
    if (state.labelCount() != dataset.labelCount()) {
      throw new IllegalArgumentException(
          "thresholds for "
              + state.labelCount()
              + " labels, but the dataset has "
              + dataset.labelCount());
    }
    changeThresholds(state);
  }

  /** Puts {@code state} in force and tells the threshold listeners, unless it is already. */
  void changeThresholds(ThresholdState state) {
    if (state.equals(thresholdState)) {
      return;
    }
    thresholdState = state;
    for (Consumer<ThresholdState> l : List.copyOf(thresholdListeners)) {
      l.accept(state);
    }
  }

  // ---- inputs -------------------------------------------------------------------------------

  public Dataset dataset() {
    return dataset;
  }

  public String source() {
    return source;
  }

  /** The test file of a dataset that came as two files, if any. */
  public Optional<Dataset> predefinedTest() {
    return Optional.ofNullable(predefinedTest);
  }

  /**
   * Replaces the dataset; {@code test} is the second file of a dataset shipped as train and test,
   * whose split is then kept as given.
   */
  public void setDataset(Dataset newDataset, Optional<Dataset> test, String newSource) {
    replaceDataset(newDataset, test, newSource, null, null);
  }

  /**
   * As {@link #setDataset(Dataset, Optional, String)}, with the results of steps 1–3 computed ahead
   * from {@link #inputsFor}: they are in place before any listener hears of the change, so the new
   * dataset arrives complete and nothing is computed on the listener's thread. Results whose
   * choices changed meanwhile are dropped (and computed again as usual).
   */
  public void setDataset(
      Dataset newDataset, Optional<Dataset> test, String newSource, Upstream prepared) {
    replaceDataset(newDataset, test, newSource, null, Objects.requireNonNull(prepared, "prepared"));
  }

  private void replaceDataset(
      Dataset newDataset,
      Optional<Dataset> test,
      String newSource,
      GeneratorSettings settings,
      Upstream prepared) {
    this.dataset = Objects.requireNonNull(newDataset, "dataset");
    this.predefinedTest = test.orElse(null);
    this.source = newSource;
    this.generatorSettings = settings;
    invalidateFrom(Step.RAW_DATA, prepared);
  }

  /**
   * Replaces the dataset with one made by the generator, remembering its settings so that a saved
   * session can say how to make it again instead of listing its rows.
   */
  public void setGeneratedDataset(Dataset generated, GeneratorSettings settings, String newSource) {
    Objects.requireNonNull(settings, "settings");
    replaceDataset(generated, Optional.empty(), newSource, settings, null);
  }

  /** As {@link #setGeneratedDataset(Dataset, GeneratorSettings, String)}, with steps 1–3 ready. */
  public void setGeneratedDataset(
      Dataset generated, GeneratorSettings settings, String newSource, Upstream prepared) {
    replaceDataset(
        generated,
        Optional.empty(),
        newSource,
        Objects.requireNonNull(settings, "settings"),
        Objects.requireNonNull(prepared, "prepared"));
  }

  /** The settings the current dataset was generated with, if it was generated. */
  public Optional<GeneratorSettings> generatorSettings() {
    return Optional.ofNullable(generatorSettings);
  }

  public SplitMethod splitMethod() {
    return predefinedTest != null ? SplitMethod.PREDEFINED : splitMethod;
  }

  public double testFraction() {
    return testFraction;
  }

  public long splitSeed() {
    return splitSeed;
  }

  /** Changes how rows are split (ignored for a dataset that came as train and test files). */
  public void setSplit(SplitMethod method, double fraction, long seed) {
    if (method == SplitMethod.PREDEFINED) {
      throw new IllegalArgumentException(
          "a predefined split comes from loading train and test files, it cannot be chosen");
    }
    Splitter.of(method, fraction, seed); // validates, naming the bad value
    this.splitMethod = method;
    this.testFraction = fraction;
    this.splitSeed = seed;
    invalidateFrom(Step.PREPROCESSING);
  }

  /** The share of the training rows held out for validation; 0 when there is no validation part. */
  public double validationFraction() {
    return validationFraction;
  }

  /** How the validation rows are drawn from the training rows. */
  public SplitMethod validationMethod() {
    return validationMethod;
  }

  /**
   * Carves a validation part of {@code fraction} of the training rows (0 turns it off), drawn by
   * {@code method} with the split's seed. The scaler and the model are then fitted on the rest.
   * Turning it off also turns early stopping off: it would have nothing honest to watch.
   */
  public void setValidation(SplitMethod method, double fraction) {
    if (method == SplitMethod.PREDEFINED) {
      throw new IllegalArgumentException(
          "a validation part is drawn at random or by stratification, not predefined");
    }
    if (fraction != 0 && !(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException(
          mllab.text.Text.get("engine.split.badValidationFraction", String.valueOf(fraction)));
    }
    this.validationMethod = method;
    this.validationFraction = fraction;
    if (fraction == 0 && runOptions.earlyStopping()) {
      runOptions = runOptions.withEarlyStopping(0);
    }
    invalidateFrom(Step.PREPROCESSING);
  }

  /** Early stopping and positive weighting for the next training run. */
  public RunOptions runOptions() {
    return runOptions;
  }

  public void setRunOptions(RunOptions options) {
    this.runOptions = Objects.requireNonNull(options, "options");
    invalidateFrom(Step.TRAINING);
  }

  /**
   * Sets the training settings and the run options at once, so that no listener sees one without
   * the other (pos_weight with a softmax output, say, on the way from one valid pair to another).
   */
  public void setTraining(TrainingConfig config, RunOptions options) {
    this.trainingConfig = Objects.requireNonNull(config, "config");
    this.runOptions = Objects.requireNonNull(options, "options");
    invalidateFrom(Step.TRAINING);
  }

  public FitScope fitScope() {
    return fitScope;
  }

  /**
   * Fit the scaler on the training rows only (correct) or on all rows (the leak the lesson shows).
   */
  public void setFitScope(FitScope scope) {
    this.fitScope = Objects.requireNonNull(scope, "scope");
    invalidateFrom(Step.PREPROCESSING);
  }

  public TrainingConfig trainingConfig() {
    return trainingConfig;
  }

  public void setTrainingConfig(TrainingConfig config) {
    this.trainingConfig = Objects.requireNonNull(config, "config");
    invalidateFrom(Step.TRAINING);
  }
}
