package mllab.ui.evaluation;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import mllab.eval.Predictions;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/**
 * Step 5's predictions tab: the "Show" box that filters the rows, how many rows it lets through,
 * and the table of every test row's probabilities, decisions and outcomes.
 */
final class PredictionsView {

  private final PredictionsViewModel model;
  private final PredictionsTable table;
  private final LabelList labels;

  /** Labels whose names are measured for the "Show" box's width: the longest few. */
  private static final int LONGEST_NAMES = 8;

  /** The most the "Show" box takes, in em, before a choice is cut short. */
  private static final double CHOICE_EMS = 26;

  private ComboBox<RowFilter> filterChooser;

  PredictionsView(PredictionsViewModel model) {
    this.model = model;
    this.table = new PredictionsTable(model);
    this.labels = new LabelList(NodeIds.ROW_FILTER_LABELS, model.snapshotProperty());
  }

  /**
   * The tab's content; its table is built a piece per pulse through {@code later}, after which
   * {@code built} runs (see {@link PredictionsTable#createView(java.util.function.Consumer,
   * Runnable)}).
   */
  VBox createView(java.util.function.Consumer<Runnable> later, Runnable built) {
    filterChooser = new ComboBox<>(model.offered());
    filterChooser.setId(NodeIds.ROW_FILTER);
    filterChooser.setAccessibleText(Text.get("evaluation.whichRowsTableShows"));
    filterChooser.setTooltip(new Tooltip(Text.get("evaluation.showAllRowsRows")));
    filterChooser.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(RowFilter f) {
            return f == null ? "" : f.describe(model.labelNames());
          }

          @Override
          public RowFilter fromString(String s) {
            return null;
          }
        });
    filterChooser.valueProperty().bindBidirectional(model.chosenProperty());
    Label filterCount = new Label();
    filterCount.setId(NodeIds.FILTER_COUNT);
    filterCount.getStyleClass().add(Styles.MUTED);
    filterCount.textProperty().bind(model.countProperty());
    Label show = new Label(Text.get("evaluation.show"));
    show.setLabelFor(filterChooser);
    // A flow, not a row: zoomed in, the count goes under the box instead of being cut short.
    show.setMinWidth(Region.USE_PREF_SIZE);
    filterCount.setMinWidth(Region.USE_PREF_SIZE);
    FlowPane filterRow = new FlowPane(10, 6, show, filterChooser, filterCount);
    filterRow.setAlignment(Pos.CENTER_LEFT);
    searchLabels(filterChooser);
    Label legend = new Label(Text.get("evaluation.eachCellProbabilityIts"));
    legend.getStyleClass().add(Styles.MUTED);
    legend.setWrapText(true);
    // Its full wrapped height, zoomed in too: the table below gives up the room, not the words.
    legend.setMinHeight(Region.USE_PREF_SIZE);
    // The box and the tabs around it first, its parts a pulse later, then the table's pieces.
    VBox box = new VBox(8);
    later.accept(
        () ->
            box.getChildren()
                .addAll(filterRow, labels.bar(), legend, table.createView(later, built)));
    return box;
  }

  /**
   * With hundreds of labels the box would list an entry per label: a search narrows them (the list
   * the box opens is virtualized), and Enter or the down arrow in the search opens the box.
   */
  private void searchLabels(ComboBox<RowFilter> box) {
    TextField find = labels.findField();
    find.setPromptText(Text.get("evaluation.rowFilter.find"));
    find.setAccessibleText(Text.get("evaluation.rowFilter.find"));
    find.setAccessibleHelp(Text.get("evaluation.rowFilter.findHelp"));
    find.setTooltip(new Tooltip(Text.get("evaluation.rowFilter.findHelp")));
    find.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
            box.requestFocus();
            box.show();
            e.consume();
          }
        });
    model.predictionsProperty().addListener((o, a, p) -> showLabels(p));
    showLabels(model.predictionsProperty().get());
    model.offerLabels(labels.shown());
  }

  private void showLabels(Predictions p) {
    labels.setNames(p == null ? List.of() : p.labelNames());
    fitToLongestChoice(p == null ? List.of() : p.labelNames());
  }

  /**
   * The box as wide as its longest choice needs: measured from the errors on the few labels with
   * the longest names, instead of by the box's skin naming every choice (one per label) each time
   * it is laid out with a new list.
   */
  private void fitToLongestChoice(List<String> names) {
    java.util.stream.Stream<RowFilter> longest =
        mllab.ui.common.NameWidths.longest(names, LONGEST_NAMES).stream()
            .map(name -> RowFilter.errorOn(names.indexOf(name)));
    mllab.ui.common.NameWidths.fit(
        filterChooser,
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(RowFilter.all(), RowFilter.noPrediction()), longest)
            .map(f -> f.describe(names))
            .toList(),
        CHOICE_EMS);
  }

  /** Moves the table's window of label columns so that label {@code k}'s column is shown. */
  void revealLabel(int k) {
    table.revealLabel(k);
  }
}
