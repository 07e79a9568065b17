package mllab.ui.preprocessing;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mllab.pipeline.Step;
import mllab.prep.FitScope;
import mllab.prep.FittedScaler;
import mllab.prep.ScalerComparison;
import mllab.prep.ScalingReport;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.chart.Charts;
import mllab.ui.common.ColumnWidths;
import mllab.ui.common.NameWidths;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import org.jfree.chart.fx.ChartViewer;

/** Step 2 screen: ranges before and after, a feature's histogram before and after, the leak. */
public final class PreprocessingView {

  private final PreprocessingViewModel model;
  private final StepLayout layout = new StepLayout(Step.PREPROCESSING);
  private final TableView<Integer> ranges = new TableView<>();
  private final Label testNote = new Label();
  private final ComboBox<String> featureChoice = new ComboBox<>();
  private final HBox histograms = new HBox(12);

  public PreprocessingView(PreprocessingViewModel model) {
    this.model = model;
  }

  public Node createView() {
    Node root = layout.createView();
    VBox scopeCard = scopeCard();
    VBox histCard = histogramCard();

    ranges.setId(NodeIds.RANGES_TABLE);
    ranges.setAccessibleHelp(Text.get("a11y.help.table"));
    ranges.setAccessibleText(Text.get("preprocessing.perFeatureRangesBefore"));
    ranges.setPrefHeight(300);
    ranges.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    ColumnWidths.follow(ranges);
    VBox rangeCard = StepLayout.card(Text.get("preprocessing.perFeatureRanges"), ranges);

    // The fit scope first; the histograms' charts and the ranges table (the first CSS pass of a
    // chart viewer and a table's headers) join it a pulse each after the first frame.
    layout.main().getChildren().add(scopeCard);
    layout.fillInFirst(() -> layout.main().getChildren().add(histCard));
    layout.fillInFirst(() -> layout.main().getChildren().add(rangeCard));
    bind();
    return root;
  }

  /** Fit the scaler on the training rows or on all rows, and the note about the test rows. */
  private VBox scopeCard() {
    ToggleGroup scope = new ToggleGroup();
    RadioButton trainOnly = new RadioButton(Text.get("preprocessing.fitOnTrainingRows"));
    trainOnly.setId(NodeIds.FIT_TRAIN_ONLY);
    trainOnly.setToggleGroup(scope);
    trainOnly.setUserData(FitScope.TRAIN_ONLY);
    trainOnly.setTooltip(new Tooltip(FitScope.TRAIN_ONLY.definition()));
    RadioButton allRows = new RadioButton(Text.get("preprocessing.fitOnAllRows"));
    allRows.setId(NodeIds.FIT_ALL_ROWS);
    allRows.setToggleGroup(scope);
    allRows.setUserData(FitScope.ALL_ROWS);
    allRows.setTooltip(new Tooltip(FitScope.ALL_ROWS.definition()));
    scope
        .selectedToggleProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                model.fitScopeProperty().set((FitScope) b.getUserData());
              }
            });
    model
        .fitScopeProperty()
        .addListener(
            (o, a, b) -> (b == FitScope.TRAIN_ONLY ? trainOnly : allRows).setSelected(true));
    (model.fitScopeProperty().get() == FitScope.TRAIN_ONLY ? trainOnly : allRows).setSelected(true);

    testNote.setWrapText(true);
    testNote.setId(NodeIds.SCALING_TEST_NOTE);
    testNote.getStyleClass().add(Styles.WARNING);
    testNote.setMaxWidth(Double.MAX_VALUE);
    return StepLayout.card(
        Text.get("preprocessing.whereDoMinMax"), new HBox(24, trainOnly, allRows), testNote);
  }

  /** The feature choice and that feature's histograms before and after scaling. */
  private VBox histogramCard() {
    featureChoice.setId(NodeIds.FEATURE_CHOICE);
    featureChoice.setAccessibleText(Text.get("preprocessing.featureShownInHistograms"));
    featureChoice.setTooltip(new Tooltip(Text.get("preprocessing.chooseFeatureWhoseValues")));
    featureChoice
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, a, b) -> {
              if (b.intValue() >= 0) {
                model.featureProperty().set(b.intValue());
              }
            });
    Label pick = new Label(Text.get("preprocessing.feature"));
    pick.setLabelFor(featureChoice);
    HBox pickRow = new HBox(8, pick, featureChoice);
    pickRow.setAlignment(Pos.CENTER_LEFT);
    return StepLayout.card(Text.get("preprocessing.oneFeatureBeforeAfter"), pickRow, histograms);
  }

  private void bind() {
    layout.follow(model.cardProperty(), model.pythonProperty());
    layout.followLesson(model.lessonProperty());
    model.scalerProperty().addListener((o, a, b) -> refresh());
    model.histogramsProperty().addListener((o, a, b) -> showHistograms());
    refresh();
    showHistograms();
  }

  private void refresh() {
    FittedScaler f = model.scalerProperty().get();
    if (f == null) {
      return;
    }
    if (!featureChoice.getItems().equals(f.featureNames())) {
      NameWidths.fit(featureChoice, f.featureNames());
      featureChoice.setItems(FXCollections.observableArrayList(f.featureNames()));
    }
    featureChoice.getSelectionModel().select(model.featureProperty().get());
    showNote();
    showRanges(f);
  }

  private void showNote() {
    ScalingReport r = model.testReportProperty().get();
    ScalerComparison c = model.leakageProperty().get();
    String text;
    if (model.fitScopeProperty().get() == FitScope.TRAIN_ONLY) {
      text =
          r.allInside()
              ? Text.get("preprocessing.scalerLearnedMinMax")
              : Text.get(
                  "preprocessing.note.outside",
                  String.valueOf(r.outsideCount()),
                  String.valueOf(r.totalCells()),
                  extremes(r));
    } else {
      text =
          c.identical()
              ? Text.get("preprocessing.fittingOnAllRows")
              : Text.get(
                  "preprocessing.note.leak",
                  String.valueOf(c.differingCells()),
                  String.valueOf(c.totalCells()),
                  f3(c.maxDifference()),
                  c.largest()
                      .map(d -> Text.get("preprocessing.note.leakFeature", d.featureName()))
                      .orElse(""));
    }
    testNote.setText(text);
    boolean fine = model.fitScopeProperty().get() == FitScope.TRAIN_ONLY && r.allInside();
    testNote.getStyleClass().removeAll(Styles.WARNING, Styles.INFO);
    testNote.getStyleClass().add(fine ? Styles.INFO : Styles.WARNING);
  }

  /** "lowest −0.2", "highest 1.063" or both: only the sides where a test value lies outside. */
  private static String extremes(ScalingReport r) {
    String low =
        r.lowest().map(x -> Text.get("preprocessing.note.lowest", f3(x.scaled()))).orElse(null);
    String high =
        r.highest().map(x -> Text.get("preprocessing.note.highest", f3(x.scaled()))).orElse(null);
    if (low != null && high != null) {
      return Text.get("preprocessing.note.both", low, high);
    }
    return low != null ? low : high == null ? "" : high;
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private void showRanges(FittedScaler f) {
    ScalingReport r = model.testReportProperty().get();
    int[] outside = r.outsideCountPerFeature();
    ranges.getColumns().clear();
    TableColumn<Integer, String> name = new TableColumn<>(Text.get("preprocessing.column.feature"));
    name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.featureNames().get(c.getValue())));
    ColumnWidths.em(name, 0, 12);
    ranges.getColumns().add(name);
    ranges.getColumns().add(numberColumn(Text.get("preprocessing.fittedMin"), j -> f.min(j)));
    ranges.getColumns().add(numberColumn(Text.get("preprocessing.fittedMax"), j -> f.max(j)));
    ranges
        .getColumns()
        .add(numberColumn(Text.get("preprocessing.testValuesOutside"), j -> outside[j]));
    Integer[] rows = new Integer[f.featureCount()];
    for (int j = 0; j < rows.length; j++) {
      rows[j] = j;
    }
    ranges.setItems(FXCollections.observableArrayList(rows));
  }

  private static TableColumn<Integer, Number> numberColumn(
      String title, java.util.function.IntToDoubleFunction value) {
    TableColumn<Integer, Number> col = new TableColumn<>(title);
    col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
    col.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setAlignment(Pos.CENTER_RIGHT);
                if (empty || item == null) {
                  setText(null);
                } else {
                  double v = item.doubleValue();
                  // Decimals, not String.format: a Formatter and its locale data per cell.
                  setText(v == Math.rint(v) ? String.valueOf((long) v) : Decimals.fixed(v, 3));
                }
              }
            });
    ColumnWidths.em(col, 0, 11.3);
    return col;
  }

  private void showHistograms() {
    PreprocessingViewModel.FeatureHistograms h = model.histogramsProperty().get();
    if (h == null) {
      return;
    }
    String name = h.name();
    ChartViewer before =
        Charts.viewer(
            Charts.histogram(Text.get("preprocessing.histogram.before", name), name, h.before()),
            "histogram-before",
            Text.get("preprocessing.histogram.before.description", name));
    ChartViewer after =
        Charts.viewer(
            Charts.histogram(
                Text.get("preprocessing.histogram.after", name),
                Text.get("preprocessing.histogram.after.axis", name),
                h.after()),
            "histogram-after",
            Text.get("preprocessing.histogram.after.description", name));
    before.setPrefSize(420, 260);
    after.setPrefSize(420, 260);
    HBox.setHgrow(before, Priority.ALWAYS);
    HBox.setHgrow(after, Priority.ALWAYS);
    histograms.getChildren().setAll(before, after);
  }
}
