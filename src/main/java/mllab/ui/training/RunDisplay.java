package mllab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mllab.data.Dataset;
import mllab.lesson.Observation;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;

/**
 * What step 4 shows of the run: the epochs so far (the curves and the table), the progress, the
 * latest weights (the diagram) and the sample test row's probabilities under them. All methods and
 * properties belong to the FX thread.
 */
public final class RunDisplay {

  private final PipelineSession session;
  private final Supplier<TrainingRun> run;

  private final IntegerProperty sampleRow = new SimpleIntegerProperty(0);
  private final ReadOnlyIntegerWrapper epochsDone = new ReadOnlyIntegerWrapper();
  private final ReadOnlyIntegerWrapper epochsTotal = new ReadOnlyIntegerWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
  private final ReadOnlyDoubleWrapper chanceLoss = new ReadOnlyDoubleWrapper(Double.NaN);
  private final ReadOnlyObjectWrapper<Mlp> model = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<double[]> sampleProbabilities =
      new ReadOnlyObjectWrapper<>(new double[0]);
  private final ReadOnlyObjectWrapper<List<String>> labelNames =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyIntegerWrapper testRows = new ReadOnlyIntegerWrapper();

  /** How many test rows carry each label (counted when the rows were read). */
  private final ReadOnlyObjectWrapper<int[]> labelSupport = new ReadOnlyObjectWrapper<>(new int[0]);

  private final ObservableList<EpochReport> reports = FXCollections.observableArrayList();
  private final ObservableList<EpochRow> rows = FXCollections.observableArrayList();
  private final ObservableList<EpochReport> reportsView =
      FXCollections.unmodifiableObservableList(reports);
  private final ObservableList<EpochRow> rowsView = FXCollections.unmodifiableObservableList(rows);

  /** Shows the runs of {@code session}; {@code run} is the run being shown, null while none is. */
  RunDisplay(PipelineSession session, Supplier<TrainingRun> run) {
    this.session = session;
    this.run = run;
    sampleRow.addListener((o, a, b) -> updateSample());
  }

  /** Adds a batch of epochs: the curves and the table change once. */
  void add(List<EpochFeed.Delivery> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<EpochReport> added = new ArrayList<>();
    List<EpochRow> newRows = new ArrayList<>();
    List<EpochReport> soFar = new ArrayList<>(reports);
    for (EpochFeed.Delivery d : batch) {
      added.add(d.report());
      soFar.add(d.report());
      newRows.add(new EpochRow(d.report(), Observation.of(soFar).text()));
    }
    reports.addAll(added);
    rows.addAll(newRows);
    model.set(batch.get(batch.size() - 1).model());
    update();
  }

  /** Removes every epoch shown. */
  void clearEpochs() {
    reports.clear();
    rows.clear();
  }

  /** Follows the session's test rows (their labels and number), before a new run is there. */
  void showTestRows() {
    Dataset test = session.scaledSplit().test();
    // The counts first: a change of names makes the per-label curves choose again, by them.
    testRows.set(test.rows());
    labelSupport.set(
        java.util.stream.IntStream.range(0, test.labelCount()).map(test::positives).toArray());
    labelNames.set(test.labelNames());
    if (sampleRow.get() >= test.rows()) {
      sampleRow.set(0);
    }
    update();
  }

  /** Shows a fresh run before its first epoch: its initial weights and its guessing loss. */
  void showFresh(TrainingRun fresh) {
    chanceLoss.set(fresh.baseline().chanceLoss());
    model.set(fresh.model());
    update();
  }

  /**
   * Shows the epochs and the model of a session opened from a file, which brings them but no run,
   * so the curves match what Evaluation shows; only when nothing else is shown.
   *
   * @return whether they are shown now
   */
  boolean restoreSaved() {
    List<EpochReport> history = session.history();
    if (session.finishedRun().isPresent()
        || session.model().isEmpty()
        || history.isEmpty()
        || !reports.isEmpty()) {
      return false;
    }
    List<EpochRow> restoredRows = new ArrayList<>();
    for (int e = 1; e <= history.size(); e++) {
      restoredRows.add(
          new EpochRow(history.get(e - 1), Observation.of(history.subList(0, e)).text()));
    }
    reports.setAll(history);
    rows.setAll(restoredRows);
    model.set(session.model().get());
    update();
    return true;
  }

  private void update() {
    updateProgress();
    updateSample();
  }

  private void updateProgress() {
    TrainingRun r = run.get();
    int total = r == null ? session.trainingConfig().epochs() : r.config().epochs();
    int done = reports.size();
    epochsDone.set(done);
    epochsTotal.set(total);
    progress.set(total == 0 ? 0 : done / (double) total);
    progressText.set(Text.get("training.progress", String.valueOf(done), String.valueOf(total)));
  }

  private void updateSample() {
    Mlp m = run.get() == null ? null : model.get();
    int row = sampleRow.get();
    Dataset test = session.scaledSplit().test();
    if (m == null || row < 0 || row >= test.rows()) {
      sampleProbabilities.set(new double[0]);
      return;
    }
    sampleProbabilities.set(m.predictProbabilities(test.featureRow(row)));
  }

  // ---- properties ---------------------------------------------------------------------------

  /** The test row whose probabilities the diagram's output nodes show (0-based). */
  public IntegerProperty sampleRowProperty() {
    return sampleRow;
  }

  public ReadOnlyIntegerProperty epochsDoneProperty() {
    return epochsDone.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty epochsTotalProperty() {
    return epochsTotal.getReadOnlyProperty();
  }

  /** Completed fraction of the configured epochs, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** "epoch k of n". */
  public ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }

  /** The loss of a network that only guesses, the curves' reference line. */
  public ReadOnlyDoubleProperty chanceLossProperty() {
    return chanceLoss.getReadOnlyProperty();
  }

  /** The weights after the latest epoch shown (the initial weights before the first). */
  public ReadOnlyObjectProperty<Mlp> modelProperty() {
    return model.getReadOnlyProperty();
  }

  /** The current model's probability of each label for the sample test row. */
  public ReadOnlyObjectProperty<double[]> sampleProbabilitiesProperty() {
    return sampleProbabilities.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<List<String>> labelNamesProperty() {
    return labelNames.getReadOnlyProperty();
  }

  /** How many test rows carry each label. */
  public ReadOnlyObjectProperty<int[]> labelSupportProperty() {
    return labelSupport.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty testRowsProperty() {
    return testRows.getReadOnlyProperty();
  }

  /** The reports of the epochs shown so far, oldest first; grows in batches. */
  public ObservableList<EpochReport> reports() {
    return reportsView;
  }

  /** The epoch table's rows, one per report. */
  public ObservableList<EpochRow> rows() {
    return rowsView;
  }
}
