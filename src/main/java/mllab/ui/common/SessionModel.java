package mllab.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.pipeline.ThresholdState;

/**
 * The pipeline session seen from the UI: every screen's view model observes {@link
 * #revisionProperty()} and refreshes when it changes. All calls happen on the FX thread.
 */
public final class SessionModel {

  private final PipelineSession session;
  private final BackgroundRunner runner;
  private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
  private final ReadOnlyObjectWrapper<Step> lastChange = new ReadOnlyObjectWrapper<>(Step.RAW_DATA);
  private final ReadOnlyObjectWrapper<ThresholdState> thresholds = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper();
  private long jobs;

  public SessionModel(PipelineSession session, BackgroundRunner runner) {
    this.session = session;
    this.runner = runner;
    session.addListener(
        step ->
            runner.post(
                () -> {
                  lastChange.set(step);
                  prepareThenPublish();
                }));
    thresholds.set(session.thresholdState());
    session.addThresholdListener(
        state -> runner.post(() -> thresholds.set(session.thresholdState())));
  }

  /**
   * Computes the results of steps 1–3 on a worker thread, then tells the screens: they refresh from
   * results that are already there, so no screen computes statistics, a split or a scaling on the
   * FX thread. Until then they keep showing the previous, consistent state, and {@link
   * #preparingProperty()} is true. A newer change makes an older job's results stale; they are
   * dropped.
   */
  private void prepareThenPublish() {
    long job = ++jobs;
    java.util.Optional<mllab.pipeline.Upstream.Inputs> inputs = session.upstreamToPrepare();
    if (inputs.isEmpty()) {
      publish(job);
      return;
    }
    preparing.set(true);
    mllab.pipeline.Upstream.Inputs in = inputs.get();
    runner.run(
        () -> mllab.pipeline.Upstream.compute(in),
        upstream -> {
          session.install(upstream);
          publish(job);
        },
        // A failure (an impossible split, say) is met again, with its message, by the screen
        // that asks for the result.
        error -> publish(job));
  }

  /**
   * Computes the results of steps 1–3 in the background now, as after a change, for a session that
   * was handed over without them (the app's start: its first frame need not wait for them).
   */
  public void prepare() {
    prepareThenPublish();
  }

  private void publish(long job) {
    if (job != jobs) {
      return;
    }
    preparing.set(false);
    revision.set(revision.get() + 1);
  }

  /** True while the results of a change are computed in the background. */
  public ReadOnlyBooleanProperty preparingProperty() {
    return preparing.getReadOnlyProperty();
  }

  /**
   * The pipeline's decision rule (mirrors {@link PipelineSession#thresholdState()}); changes after
   * every new rule, on the FX thread.
   */
  public ReadOnlyObjectProperty<ThresholdState> thresholdsProperty() {
    return thresholds.getReadOnlyProperty();
  }

  /** Puts {@code state} in force for every threshold-dependent number in the app. */
  public void setThresholds(ThresholdState state) {
    session.setThresholdState(state);
  }

  public PipelineSession session() {
    return session;
  }

  public BackgroundRunner runner() {
    return runner;
  }

  /** Increments after every change of the session. */
  public ReadOnlyIntegerProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  /** The first step invalidated by the latest change. */
  public ReadOnlyObjectProperty<Step> lastChangeProperty() {
    return lastChange.getReadOnlyProperty();
  }

  /** Runs {@code action} now and after every change. */
  public void onChange(Runnable action) {
    revision.addListener((o, a, b) -> action.run());
    action.run();
  }
}
