package mllab.ui.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import mllab.model.RunOptions;
import mllab.pipeline.PipelineSession;
import mllab.ui.common.SessionModel;

/**
 * Step 4's two data-driven options: positive weights for rare labels, and early stopping on the
 * validation loss, which is only offered when step 3 holds out a validation part.
 */
public final class RunOptionsViewModel {

  private final SessionModel session;
  private final BooleanProperty positiveWeighting = new SimpleBooleanProperty();
  private final IntegerProperty patience = new SimpleIntegerProperty();
  private final ReadOnlyBooleanWrapper validationAvailable = new ReadOnlyBooleanWrapper();
  private boolean refreshing;

  public RunOptionsViewModel(SessionModel session) {
    this.session = session;
    positiveWeighting.addListener((o, a, b) -> apply());
    patience.addListener((o, a, b) -> apply());
    session.onChange(this::refresh);
  }

  private void refresh() {
    PipelineSession s = session.session();
    refreshing = true;
    try {
      positiveWeighting.set(s.runOptions().positiveWeighting());
      patience.set(s.runOptions().earlyStoppingPatience());
      validationAvailable.set(s.validationFraction() > 0);
    } finally {
      refreshing = false;
    }
    if (!validationAvailable.get() && s.runOptions().earlyStopping()) {
      // Without validation rows there is nothing honest to watch: early stopping goes off.
      patience.set(0);
    }
  }

  private void apply() {
    if (refreshing) {
      return;
    }
    RunOptions next = new RunOptions(
        validationAvailable.get() ? Math.max(0, patience.get()) : 0, positiveWeighting.get());
    if (!next.equals(session.session().runOptions())) {
      session.session().setRunOptions(next);
    }
  }

  /** Weight each label's positives by negatives / positives in the loss. */
  public BooleanProperty positiveWeightingProperty() {
    return positiveWeighting;
  }

  /** Epochs without a better validation loss before training stops; 0 is off. */
  public IntegerProperty patienceProperty() {
    return patience;
  }

  /** Whether step 3 holds out validation rows (early stopping needs them). */
  public ReadOnlyBooleanProperty validationAvailableProperty() {
    return validationAvailable.getReadOnlyProperty();
  }
}
