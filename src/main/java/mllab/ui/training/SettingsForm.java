package mllab.ui.training;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import mllab.model.Activation;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;

/**
 * Step 4's hyper-parameter form: the typed settings and the choices, each of which applies itself
 * to a {@link TrainingConfig}, and the run options (pos_weight, early stopping). Whenever one
 * changes and every one is valid, the form puts them in force in the session, unless a run trains.
 * All methods and properties belong to the FX thread.
 */
public final class SettingsForm {

  /** The patience offered when early stopping is first ticked, in epochs. */
  static final int DEFAULT_PATIENCE = 5;

  /** The largest patience the spinner offers, in epochs. */
  static final int MAX_PATIENCE = 1000;

  private final PipelineSession session;
  private final ObservableBooleanValue running;

  private final Setting epochs = Setting.epochs();
  private final Setting hidden = Setting.hidden();
  private final Setting learningRate = Setting.learningRate();
  private final Setting batchSize = Setting.batchSize();
  private final Setting l2 = Setting.l2();
  private final Setting seed = Setting.seed();
  private final ChoiceSetting<Activation> activation =
      new ChoiceSetting<>(TrainingConfig::withActivation, TrainingConfig::activation);
  private final ChoiceSetting<OutputActivation> output =
      new ChoiceSetting<>(TrainingConfig::withOutput, TrainingConfig::output);
  private final ChoiceSetting<Optimizer> optimizer =
      new ChoiceSetting<>(TrainingConfig::withOptimizer, TrainingConfig::optimizer);
  private final BooleanProperty positiveWeighting = new SimpleBooleanProperty();
  private final BooleanProperty earlyStopping = new SimpleBooleanProperty();
  private final IntegerProperty patience = new SimpleIntegerProperty(DEFAULT_PATIENCE);
  private final ReadOnlyBooleanWrapper validationAvailable = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper positiveWeightingError = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

  private TrainingConfig applied;
  private RunOptions appliedOptions;
  private boolean loading;

  /** A form showing {@code session}'s settings; it applies none while {@code running} is true. */
  SettingsForm(PipelineSession session, ObservableBooleanValue running) {
    this.session = session;
    this.running = running;
    reload();
    for (Setting s : typed()) {
      s.textProperty().addListener((o, a, b) -> apply());
    }
    for (ChoiceSetting<?> choice : choices()) {
      choice.valueProperty().addListener((o, a, b) -> apply());
    }
    positiveWeighting.addListener((o, a, b) -> apply());
    earlyStopping.addListener((o, a, b) -> apply());
    patience.addListener((o, a, b) -> apply());
  }

  private List<Setting> typed() {
    return List.of(epochs, hidden, learningRate, batchSize, l2, seed);
  }

  private List<ChoiceSetting<?>> choices() {
    return List.of(activation, output, optimizer);
  }

  /**
   * Whether the session's settings differ from the ones the form last showed or applied: they were
   * changed elsewhere (a session file, or step 3 turning the validation part off).
   */
  boolean isStale() {
    return !session.trainingConfig().equals(applied)
        || !session.runOptions().equals(appliedOptions)
        || validationAvailable.get() != (session.validationFraction() > 0);
  }

  /** Shows the session's settings, all valid. */
  void reload() {
    TrainingConfig c = session.trainingConfig();
    RunOptions options = session.runOptions();
    loading = true;
    try {
      validationAvailable.set(session.validationFraction() > 0);
      positiveWeighting.set(options.positiveWeighting());
      earlyStopping.set(options.earlyStopping());
      if (options.earlyStopping()) {
        patience.set(options.earlyStoppingPatience());
      }
      positiveWeightingError.set("");
      appliedOptions = options;
      for (Setting s : typed()) {
        s.show(c);
      }
      for (ChoiceSetting<?> choice : choices()) {
        choice.show(c);
      }
      valid.set(true);
      applied = c;
    } finally {
      loading = false;
    }
  }

  /** Notes that a run with {@code config} was made, as the settings the form shows. */
  void markApplied(TrainingConfig config) {
    applied = config;
  }

  /**
   * Builds the config setting by setting, so each refusal is shown next to the field that caused
   * it.
   */
  private void apply() {
    if (loading
        || activation.valueProperty().get() == null
        || output.valueProperty().get() == null
        || optimizer.valueProperty().get() == null) {
      return;
    }
    TrainingConfig c = session.trainingConfig();
    boolean ok = true;
    try {
      for (ChoiceSetting<?> choice : choices()) {
        c = choice.apply(c);
      }
    } catch (IllegalArgumentException e) {
      ok = false;
    }
    for (Setting s : typed()) {
      try {
        c = s.apply(c);
      } catch (IllegalArgumentException e) {
        ok = false;
      }
    }
    RunOptions options =
        new RunOptions(
            earlyStopping.get() && validationAvailable.get() ? Math.max(1, patience.get()) : 0,
            positiveWeighting.get());
    ok &= checkPositiveWeighting(options);
    valid.set(ok);
    if (ok
        && !running.get()
        && (!c.equals(session.trainingConfig()) || !options.equals(session.runOptions()))) {
      applied = c;
      appliedOptions = options;
      session.setTraining(c, options);
    }
  }

  /** The engine refuses pos_weight with softmax outputs; say so beside the box, before Play. */
  private boolean checkPositiveWeighting(RunOptions options) {
    OutputActivation out = output.valueProperty().get();
    if (options.positiveWeighting() && out != OutputActivation.SIGMOID) {
      positiveWeightingError.set(Text.get("engine.model.posWeightNeedsSigmoid", out.toString()));
      return false;
    }
    positiveWeightingError.set("");
    return true;
  }

  // ---- properties ---------------------------------------------------------------------------

  public Setting epochs() {
    return epochs;
  }

  public Setting hidden() {
    return hidden;
  }

  public Setting learningRate() {
    return learningRate;
  }

  public Setting batchSize() {
    return batchSize;
  }

  public Setting l2() {
    return l2;
  }

  public Setting seed() {
    return seed;
  }

  public ObjectProperty<Activation> activationProperty() {
    return activation.valueProperty();
  }

  public ObjectProperty<OutputActivation> outputProperty() {
    return output.valueProperty();
  }

  public ObjectProperty<Optimizer> optimizerProperty() {
    return optimizer.valueProperty();
  }

  /** Weight each label's positives by negatives / positives in the loss (PyTorch's pos_weight). */
  public BooleanProperty positiveWeightingProperty() {
    return positiveWeighting;
  }

  /** Why pos_weight cannot be used with the chosen output, or empty when it can. */
  public ReadOnlyStringProperty positiveWeightingErrorProperty() {
    return positiveWeightingError.getReadOnlyProperty();
  }

  /** Stop when the validation loss has not improved for {@link #patienceProperty()} epochs. */
  public BooleanProperty earlyStoppingProperty() {
    return earlyStopping;
  }

  /** Epochs without a better validation loss before early stopping ends the run. */
  public IntegerProperty patienceProperty() {
    return patience;
  }

  /** Whether step 3 holds out validation rows, which early stopping watches. */
  public ReadOnlyBooleanProperty validationAvailableProperty() {
    return validationAvailable.getReadOnlyProperty();
  }

  /** False while any typed setting or option is refused. */
  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  /** Early stopping can be switched: there are validation rows and no run is training. */
  public BooleanBinding canChooseEarlyStopping() {
    return Bindings.createBooleanBinding(
        () -> validationAvailable.get() && !running.get(), validationAvailable, running);
  }
}
