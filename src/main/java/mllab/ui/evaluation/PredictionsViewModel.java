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

  PredictionsViewModel(
      ReadOnlyObjectProperty<Predictions> predictions,
      ReadOnlyObjectProperty<Thresholds> thresholds,
      TraceViewModel trace) {
    this.predictions = predictions;
    this.thresholds = thresholds;
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
    RowFilter f = filter.get();
    if (f.kind() != RowFilter.Kind.ALL) {
      Thresholds t = s.thresholds();
      Predictions p = s.predictions();
      shownRows.setPredicate(i -> f.accepts(i, p, t));
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
            String.valueOf(shownRows.size()),
            String.valueOf(p.rows()),
            filter.get().describe(p.labelNames())));
  }

  // ---- commands ---------------------------------------------------------------------------------

  /** Shows only the rows that pass {@code f} in the predictions table. */
  void setFilter(RowFilter f) {
    Predictions p = predictions.get();
    Thresholds t = thresholds.get();
    if (f.kind() == RowFilter.Kind.ALL || p == null) {
      shownRows.setPredicate(null);
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

  ReadOnlyObjectProperty<RowFilter> filterProperty() {
    return filter.getReadOnlyProperty();
  }

  /** The filters the "Show" box offers: all rows, rows without a label, errors per label. */
  ObservableList<RowFilter> choices() {
    return choices;
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
