package mllab.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.lesson.EvaluationSnapshot;
import mllab.text.Text;
import mllab.ui.trace.TraceViewModel;

/**
 * The predictions tab's state: the test rows the table lists (all of them, or those a filter lets
 * through at the thresholds in force), the filters a student can choose, and each cell's decision
 * and outcome, which the table's cells read.
 */
final class PredictionsViewModel {

  private final ReadOnlyObjectProperty<Predictions> predictions;
  private final ReadOnlyObjectProperty<Thresholds> thresholds;
  private final ReadOnlyObjectProperty<EvaluationSnapshot> snapshot;
  private final TraceViewModel trace;
  private final ReadOnlyObjectWrapper<RowFilter> filter =
      new ReadOnlyObjectWrapper<>(RowFilter.all());
  private final ObservableList<Integer> rows = FXCollections.observableArrayList();
  private final FilteredList<Integer> shownRows = new FilteredList<>(rows);
  private final ObservableList<Integer> shownRowsView =
      FXCollections.unmodifiableObservableList(shownRows);
  private final ObservableList<RowFilter> choices = FXCollections.observableArrayList();
  private final ObjectProperty<RowFilter> chosen = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
  private final ObservableList<RowFilter> offered = FXCollections.observableArrayList();
  private List<Integer> offeredLabels;

  /** Each row's wrong decisions at the thresholds of the last snapshot, and its predictions. */
  private int[] rowErrors;

  private Predictions countedFor;

  PredictionsViewModel(
      ReadOnlyObjectProperty<Predictions> predictions,
      ReadOnlyObjectProperty<Thresholds> thresholds,
      ReadOnlyObjectProperty<EvaluationSnapshot> snapshot,
      TraceViewModel trace) {
    this.predictions = predictions;
    this.thresholds = thresholds;
    this.snapshot = snapshot;
    this.trace = trace;
    filter.addListener(
        (o, a, b) -> {
          choose(b);
          showCount();
        });
    // The box also moves when the filter comes from elsewhere: a filter already in force is no
    // command.
    chosen.addListener(
        o -> {
          RowFilter f = chosen.get();
          if (f != null && !f.equals(filter.get())) {
            setFilter(f);
          }
        });
    shownRows.addListener((ListChangeListener<Integer>) c -> showCount());
    choices.addListener((ListChangeListener<RowFilter>) c -> offer());
    chosen.addListener(o -> offer());
  }

  /** New predictions (null: none): every row shown again, and a filter choice per label. */
  void newPredictions(Predictions p) {
    if (p == null) {
      rows.clear();
      choices.clear();
      return;
    }
    filter.set(RowFilter.all());
    // The old filter's predicate still holds the old predictions: drop it with the filter, before
    // the new rows (there may be more of them than the old predictions have) arrive.
    shownRows.setPredicate(null);
    rows.setAll(IntStream.range(0, p.rows()).boxed().toList());
    List<RowFilter> filters = new ArrayList<>(p.labelCount() + 2);
    filters.add(RowFilter.all());
    filters.add(RowFilter.noPrediction());
    for (int k = 0; k < p.labelCount(); k++) {
      filters.add(RowFilter.errorOn(k));
    }
    choices.setAll(filters);
    chosen.set(RowFilter.all());
  }

  /** A new snapshot: the filter keeps its meaning at the new thresholds. */
  void follow(EvaluationSnapshot s) {
    // The counts come first: a new predicate re-sorts the table, and its sort reads them.
    boolean firstCounts = countedFor != s.predictions();
    rowErrors = s.rowErrors();
    countedFor = s.predictions();
    RowFilter f = filter.get();
    if (f.kind() != RowFilter.Kind.ALL) {
      shownRows.setPredicate(i -> f.accepts(i, s));
    } else if (firstCounts) {
      // New predictions were listed before their counts came: a table sorted by "Wrong" or
      // "Exact" sorts again now that its keys are there.
      shownRows.setPredicate(i -> true);
    }
    showCount();
  }

  /**
   * A confusion cell's filter ("FP of sunset") is not among the choices: it joins them while it
   * applies, so the box shows it instead of going blank. It joins before the box moves to it and
   * the one before leaves after, so the box never passes through another filter on the way.
   */
  private void choose(RowFilter f) {
    if (f != null && !choices.contains(f)) {
      choices.add(f);
    }
    chosen.set(f);
    choices.removeIf(i -> i.kind() == RowFilter.Kind.OUTCOME && !i.equals(f));
  }

  private void showCount() {
    Predictions p = predictions.get();
    if (p == null) {
      return;
    }
    count.set(
        Text.get(
            "evaluation.filterCount",
            mllab.text.Decimals.count(shownRows.size()),
            mllab.text.Decimals.count(p.rows()),
            filter.get().describe(p.labelNames())));
  }

  // ---- commands ---------------------------------------------------------------------------------

  /** Shows only the rows that pass {@code f} in the predictions table. */
  void setFilter(RowFilter f) {
    Predictions p = predictions.get();
    Thresholds t = thresholds.get();
    EvaluationSnapshot s = snapshot.get();
    if (f.kind() == RowFilter.Kind.ALL || p == null) {
      shownRows.setPredicate(null);
    } else if (s != null && s.predictions() == p && s.thresholds().equals(t)) {
      shownRows.setPredicate(i -> f.accepts(i, s));
    } else {
      shownRows.setPredicate(i -> f.accepts(i, p, t));
    }
    filter.set(f);
  }

  /** Follows test row {@code row} in the prediction trace. */
  void selectRow(int row) {
    trace.selectRow(row);
  }

  // ---- derived values ---------------------------------------------------------------------------

  /** The 0/1 decision of one cell at the current thresholds. */
  int predicted(int row, int label) {
    return thresholds.get().decide(label, predictions.get().probability(row, label));
  }

  Outcome outcome(int row, int label) {
    return RowFilter.cell(row, label, predictions.get(), thresholds.get());
  }

  /**
   * What the table's "Wrong" and "Exact" columns sort by: the row's wrong decisions as the last
   * snapshot counted them off the FX thread (0 until the first snapshot of new predictions).
   */
  int rowErrors(int row) {
    int[] counts = rowErrors;
    boolean counted = counts != null && countedFor == predictions.get() && row < counts.length;
    return counted ? counts[row] : 0;
  }

  /** Wrong label decisions in one row at the current thresholds. */
  int hammingDistance(int row) {
    int wrong = 0;
    for (int k = 0; k < predictions.get().labelCount(); k++) {
      if (outcome(row, k).isError()) {
        wrong++;
      }
    }
    return wrong;
  }

  List<String> labelNames() {
    Predictions p = predictions.get();
    return p == null ? List.of() : p.labelNames();
  }

  // ---- state ------------------------------------------------------------------------------------

  ReadOnlyObjectProperty<Predictions> predictionsProperty() {
    return predictions;
  }

  /** The thresholds in force: every cell repaints itself when they change. */
  ReadOnlyObjectProperty<Thresholds> thresholdsProperty() {
    return thresholds;
  }

  /** The snapshot shown: the label search of the "Show" box sorts by its support and F1. */
  ReadOnlyObjectProperty<EvaluationSnapshot> snapshotProperty() {
    return snapshot;
  }

  ReadOnlyObjectProperty<RowFilter> filterProperty() {
    return filter.getReadOnlyProperty();
  }

  /** The filters the "Show" box offers: all rows, rows without a label, errors per label. */
  ObservableList<RowFilter> choices() {
    return choices;
  }

  /**
   * The filters the "Show" box offers with a label search: the errors only of the labels in {@code
   * labels} (and in their order), and always the filter chosen. Without a search, all of them.
   */
  void offerLabels(ObservableList<Integer> labels) {
    offeredLabels = labels;
    labels.addListener((ListChangeListener<Integer>) c -> offer());
    offer();
  }

  /** The "Show" box's items: {@link #choices()}, narrowed by the label search. */
  ObservableList<RowFilter> offered() {
    return offered;
  }

  /**
   * The box's items are replaced as a whole and only when they differ, and the filter chosen stays
   * among them: the box keeps its value while the search narrows the list.
   */
  private void offer() {
    RowFilter c = chosen.get();
    if (c == null) {
      // The box passes through null while its items are replaced: they stay as they are.
      return;
    }
    List<RowFilter> next = offeredLabels == null ? List.copyOf(choices) : narrowed(c);
    if (!offered.equals(next)) {
      offered.setAll(next);
      // A combo box drops its value when its items are replaced: it gets it back.
      if (!c.equals(chosen.get())) {
        chosen.set(c);
      }
    }
  }

  /** The choices, with the errors only of the labels searched for (and of the one chosen). */
  private List<RowFilter> narrowed(RowFilter c) {
    Predictions p = predictions.get();
    int labelCount = p == null ? 0 : p.labelCount();
    List<RowFilter> next = new ArrayList<>();
    for (RowFilter f : choices) {
      if (f.kind() != RowFilter.Kind.ERROR_ON_LABEL) {
        next.add(f);
      }
    }
    if (c.kind() == RowFilter.Kind.ERROR_ON_LABEL && !offeredLabels.contains(c.label())) {
      next.add(c);
    }
    for (int k : offeredLabels) {
      if (k < labelCount) {
        next.add(RowFilter.errorOn(k));
      }
    }
    return next;
  }

  /** The filter in the "Show" box, tied two-way to it; a choice there applies that filter. */
  ObjectProperty<RowFilter> chosenProperty() {
    return chosen;
  }

  /** "Showing 12 of 40 rows: FP of sunset", once there are predictions. */
  ReadOnlyStringProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  /** The test rows (indices) that pass the filter, in test-set order. */
  ObservableList<Integer> shownRows() {
    return shownRowsView;
  }
}
