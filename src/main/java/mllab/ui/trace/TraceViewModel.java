package mllab.ui.trace;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import mllab.data.Dataset;
import mllab.eval.Thresholds;
import mllab.model.ForwardTrace;
import mllab.model.Mlp;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.ThresholdState;
import mllab.text.Text;
import mllab.ui.common.SessionModel;

/**
 * One test row followed through the trained network, layer by layer: its scaled features, the
 * hidden activations, the output logits with their sigmoid (and, for contrast, softmax)
 * probabilities, and the decisions at the threshold next to the true labels. The student may edit
 * any input feature; the trace is recomputed at once from the model, never from stored numbers.
 */
public final class TraceViewModel {

  private final SessionModel session;
  private final ObservableValue<Thresholds> thresholds;
  private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper row = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyIntegerWrapper rowCount = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<double[]> input = new ReadOnlyObjectWrapper<>(new double[0]);
  private final ReadOnlyObjectWrapper<ForwardTrace> trace = new ReadOnlyObjectWrapper<>();
  private Mlp model;
  private Dataset test;

  /**
   * @param session the app's session
   * @param thresholds the thresholds in force on the Evaluation screen (one per label), which turn
   *     probabilities into labels exactly as every other number there does
   */
  public TraceViewModel(SessionModel session, ObservableValue<Thresholds> thresholds) {
    this.session = session;
    this.thresholds = thresholds;
    thresholds.addListener((o, a, b) -> recompute());
    session.onChange(this::refresh);
  }

  private void refresh() {
    PipelineSession s = session.session();
    Optional<Mlp> m = s.predictions().isPresent() ? s.model() : Optional.empty();
    Dataset t = m.isPresent() ? s.scaledSplit().test() : null;
    // Publish a consistent state: the row data first, the flags that views react to last.
    if (t == null || t.rows() == 0) {
      model = null;
      test = null;
      trace.set(null);
      input.set(new double[0]);
      edited.set(false);
      rowCount.set(0);
      ready.set(false);
      return;
    }
    model = m.get();
    test = t;
    row.set(Math.min(row.get(), t.rows() - 1));
    input.set(t.featureRow(row.get()));
    edited.set(false);
    recompute();
    rowCount.set(t.rows());
    ready.set(true);
  }

  /** Follows test row {@code index} (0-based), discarding any edits. */
  public void selectRow(int index) {
    if (!ready.get()) {
      return;
    }
    if (index < 0 || index >= test.rows()) {
      throw new IllegalArgumentException(
          Text.get("trace.badRow", String.valueOf(index), String.valueOf(test.rows() - 1)));
    }
    row.set(index);
    resetRow();
  }

  /** Puts the selected row's own scaled features back. */
  public void resetRow() {
    if (!ready.get()) {
      return;
    }
    input.set(test.featureRow(row.get()));
    edited.set(false);
    recompute();
  }

  /** Replaces one scaled input feature and recomputes every layer. */
  public void setFeature(int feature, double value) {
    if (!ready.get()) {
      return;
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(Text.get("trace.badValue", String.valueOf(value)));
    }
    double[] x = input.get().clone();
    if (x[feature] == value) {
      return;
    }
    x[feature] = value;
    input.set(x);
    edited.set(true);
    recompute();
  }

  private void recompute() {
    if (model == null) {
      return;
    }
    Thresholds t = thresholds.getValue();
    double[] values =
        t != null && t.labelCount() == model.outputCount()
            ? t.toArray()
            : Thresholds.global(ThresholdState.DEFAULT, model.outputCount()).toArray();
    trace.set(model.trace(input.get(), values));
  }

  public ReadOnlyBooleanProperty readyProperty() {
    return ready.getReadOnlyProperty();
  }

  /** The selected test row (0-based). */
  public ReadOnlyIntegerProperty rowProperty() {
    return row.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty rowCountProperty() {
    return rowCount.getReadOnlyProperty();
  }

  /** True when the student changed an input so the row is no longer the real one. */
  public ReadOnlyBooleanProperty editedProperty() {
    return edited.getReadOnlyProperty();
  }

  /** The scaled input features as they enter the network (a copy on every change). */
  public ReadOnlyObjectProperty<double[]> inputProperty() {
    return input.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ForwardTrace> traceProperty() {
    return trace.getReadOnlyProperty();
  }

  /** The thresholds the trace decides with. */
  public Thresholds thresholds() {
    return thresholds.getValue();
  }

  /** The true labels of the selected row. */
  public int[] trueLabels() {
    return test != null ? test.labelRow(row.get()) : new int[0];
  }

  public List<String> featureNames() {
    return test != null ? test.featureNames() : List.of();
  }

  public List<String> labelNames() {
    return test != null ? test.labelNames() : List.of();
  }
}
