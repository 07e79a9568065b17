package mllab.ui.evaluation;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.lesson.EvaluationSnapshot;
import mllab.text.Text;

/**
 * The cardinality card's state: predicted vs true labels per row, the rows left without a label,
 * and how often pairs of labels are predicted together vs truly together, for the labels most often
 * true.
 */
final class CardinalityViewModel {

  /** The pair grid shows the labels most often true, at most this many (L × L cells otherwise). */
  static final int PAIR_LABELS = EvaluationSnapshot.PAIR_LABELS;

  /** The labels of the pair grid, in column order, and every label's name. */
  record PairGrid(int[] labels, List<String> names) {}

  /** The pair grid's cells ("3 / 4") and what a screen reader says of each, by grid position. */
  record PairCells(String[][] text, String[][] spoken) {}

  private final ReadOnlyStringWrapper predictedCardinality = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper trueCardinality = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper emptyRows = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper pairsNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper pairsNoteShown = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<PairGrid> grid =
      new ReadOnlyObjectWrapper<>(new PairGrid(new int[0], List.of()));
  private final ReadOnlyObjectWrapper<PairCells> cells = new ReadOnlyObjectWrapper<>();

  /** The predictions the pair grid was chosen for. */
  private Predictions pairsFor;

  CardinalityViewModel(ReadOnlyObjectProperty<EvaluationSnapshot> snapshot) {
    snapshot.addListener((o, a, s) -> show(s));
    show(snapshot.get());
  }

  private void show(EvaluationSnapshot s) {
    if (s == null) {
      return;
    }
    MetricReport r = s.report();
    predictedCardinality.set(EvaluationView.format(r.predictedCardinality()));
    trueCardinality.set(EvaluationView.format(r.trueCardinality()));
    emptyRows.set(
        Text.get("evaluation.emptyRows", mllab.text.Decimals.count(r.rowsWithNoPrediction())));
    if (s.predictions() != pairsFor) {
      choosePairLabels(s);
    }
    showPairs(s.predictedPairs(), s.truePairs());
  }

  /**
   * The pair grid for a new set of predictions: the labels most often true in the test rows, at
   * most {@link #PAIR_LABELS} of them (1,000 labels would make a million cells), in column order.
   */
  private void choosePairLabels(EvaluationSnapshot s) {
    pairsFor = s.predictions();
    List<String> names = s.predictions().labelNames();
    int[] labels = s.pairLabels();
    int all = names.size();
    pairsNoteShown.set(labels.length < all);
    pairsNote.set(
        Text.get(
            "evaluation.pairs.someLabels", String.valueOf(labels.length), String.valueOf(all)));
    grid.set(new PairGrid(labels, names));
  }

  /** The cells from a snapshot's pair counts, which come by grid position. */
  private void showPairs(int[][] predicted, int[][] truth) {
    int[] labels = grid.get().labels();
    if (predicted == null
        || truth == null
        || predicted.length != labels.length
        || truth.length != labels.length) {
      return;
    }
    List<String> names = grid.get().names();
    String[][] text = new String[labels.length][labels.length];
    String[][] spoken = new String[labels.length][labels.length];
    for (int a = 0; a < labels.length; a++) {
      int k = labels[a];
      for (int b = 0; b < labels.length; b++) {
        int j = labels[b];
        text[a][b] = predicted[a][b] + " / " + truth[a][b];
        String what =
            k == j ? names.get(k) : Text.get("evaluation.pair.both", names.get(k), names.get(j));
        spoken[a][b] =
            Text.get(
                "evaluation.pair.description",
                what,
                String.valueOf(predicted[a][b]),
                String.valueOf(truth[a][b]));
      }
    }
    cells.set(new PairCells(text, spoken));
  }

  ReadOnlyStringProperty predictedCardinalityProperty() {
    return predictedCardinality.getReadOnlyProperty();
  }

  ReadOnlyStringProperty trueCardinalityProperty() {
    return trueCardinality.getReadOnlyProperty();
  }

  /** "Rows with no label: 3". */
  ReadOnlyStringProperty emptyRowsProperty() {
    return emptyRows.getReadOnlyProperty();
  }

  /** Says that the grid shows only some labels; shown only then. */
  ReadOnlyStringProperty pairsNoteProperty() {
    return pairsNote.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty pairsNoteShownProperty() {
    return pairsNoteShown.getReadOnlyProperty();
  }

  /** The grid's labels: a new grid for every new set of predictions. */
  ReadOnlyObjectProperty<PairGrid> gridProperty() {
    return grid.getReadOnlyProperty();
  }

  /** The grid's cells at the thresholds in force: new after every snapshot. */
  ReadOnlyObjectProperty<PairCells> cellsProperty() {
    return cells.getReadOnlyProperty();
  }
}
