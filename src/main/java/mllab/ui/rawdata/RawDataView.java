package mllab.ui.rawdata;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mllab.ui.common.ColumnWidths;
import mllab.data.Dataset;
import mllab.data.DatasetStats;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.common.AfterFirstLayout;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.Loading;
import mllab.ui.common.Styles;
import mllab.ui.common.StepLayout;

/** Step 1 screen: the table of rows, label statistics and the co-occurrence heatmap. */
public final class RawDataView {

  private final RawDataViewModel model;
  private final StepLayout layout = new StepLayout(Step.RAW_DATA);
  private final VBox statsBox = new VBox(10);
  private final VBox heatmapBox = new VBox(6);
  /** Made when it joins the screen, after the statistics. */
  private TableView<Integer> table;
  /** Labels and features shown in the table at a time; more are reached through the bars. */
  static final int LABEL_COLUMNS = 12;

  static final int FEATURE_COLUMNS = 20;
  private final mllab.ui.common.ColumnWindow labelWindow = new mllab.ui.common.ColumnWindow(
      "rows-labels", Text.get("rawdata.columns.labels"), LABEL_COLUMNS, first -> showColumns());
  private final mllab.ui.common.ColumnWindow featureWindow = new mllab.ui.common.ColumnWindow(
      "rows-features", Text.get("rawdata.columns.features"), FEATURE_COLUMNS, first -> showColumns());
  private final Label contrast = new Label();
  /** The statistics and co-occurrence cards: side by side for a few labels, else one above the other. */
  private final VBox cards = new VBox(14);
  private VBox statsCard;
  private VBox heatCard;
  /** Up to this many labels, the frequencies are plain bars and the grid shows every label. */
  static final int PLAIN_LABELS = 12;
  /** The co-occurrence grid shows this many labels at first, the most frequent ones. */
  static final int HEATMAP_LABELS = 30;
  /** The most labels the grid shows at once (each adds a row and a column of cells). */
  static final int HEATMAP_MAX = 40;
  private final mllab.ui.common.LabelList<DatasetStats.LabelFrequency> frequencyList =
      countList("label-frequency", Text.get("rawdata.list.labels"),
          DatasetStats.LabelFrequency::label, DatasetStats.LabelFrequency::count,
          f -> new mllab.ui.common.LabelList.Bar(f.fraction(),
              Text.get("rawdata.frequency", String.valueOf(f.count()), pct(f.fraction()))));
  private final mllab.ui.common.LabelList<DatasetStats.LabelSetCount> setList =
      countList("label-set", Text.get("rawdata.list.labelSets"),
          DatasetStats.LabelSetCount::display, DatasetStats.LabelSetCount::count,
          c -> new mllab.ui.common.LabelList.Bar(c.fraction(),
              Text.get("rawdata.setRows", String.valueOf(c.count()))));
  private final HeatmapPicker picker = new HeatmapPicker(HEATMAP_MAX, this::drawHeatmap);

  /** A list of counted rows (labels, label sets), one bar each, most frequent first or by name. */
  private static <T> mllab.ui.common.LabelList<T> countList(String id, String what,
      java.util.function.Function<T, String> name, java.util.function.ToIntFunction<T> count,
      java.util.function.Function<T, mllab.ui.common.LabelList.Bar> bar) {
    return new mllab.ui.common.LabelList<>(id, what, name, t -> java.util.List.of(bar.apply(t)),
        java.util.List.of(
            new mllab.ui.common.LabelList.Order<>(Text.get("rawdata.sort.frequency"),
                java.util.Comparator.comparingInt(count).reversed()),
            new mllab.ui.common.LabelList.Order<>(Text.get("rawdata.sort.name"),
                java.util.Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER))));
  }

  public RawDataView(RawDataViewModel model) {
    this.model = model;
  }

  public Node createView() {
    Node root = layout.createView();
    contrast.setWrapText(true);
    contrast.setId("multilabel-contrast");
    contrast.getStyleClass().add(Styles.INFO);
    contrast.setMaxWidth(Double.MAX_VALUE);
    // The screen's first frame is its title and shape card; the rest fills in after it, one pulse
    // per part (after the lesson and the Python panel): the multi-label note and the cards' frames,
    // the statistics (many small labels), then the 25-column table in the space kept for it.
    StackPane tableSpace = new StackPane(
        Loading.placeholder("rows-loading", Text.get("rawdata.loading.rows")));
    tableSpace.setAlignment(Pos.TOP_LEFT);
    layout.fillIn(() -> {
      // Until the next pulses fill them, the cards say what is coming instead of standing empty.
      if (statsBox.getChildren().isEmpty()) {
        statsBox.getChildren().setAll(
            Loading.placeholder("label-stats-loading", Text.get("rawdata.loading.stats")));
        heatmapBox.getChildren().setAll(
            Loading.placeholder("cooccurrence-loading", Text.get("rawdata.loading.cooccurrence")));
      }
      statsCard = StepLayout.card(Text.get("rawdata.labelStatistics"), statsBox);
      statsCard.setId("label-stats-card");
      heatCard = StepLayout.card(Text.get("rawdata.labelCoOccurrence"), heatmapBox);
      heatCard.setId("cooccurrence-card");
      heatCard.setMinWidth(0);
      HBox.setHgrow(statsCard, Priority.ALWAYS);
      arrangeCards(model.statsProperty().get());
      tableSpace.setPrefHeight(TABLE_HEIGHT);
      VBox tableCard = StepLayout.card(Text.get("rawdata.rowsHighlightedRowLesson"), tableSpace);
      layout.main().getChildren().addAll(contrast, cards, tableCard);
    });
    layout.fillIn(() -> showStats(model.statsProperty().get()));
    layout.fillIn(() -> {
      table = createTable();
      showTable(model.datasetProperty().get());
      VBox tableCard = (VBox) tableSpace.getParent();
      tableCard.getChildren().set(tableCard.getChildren().indexOf(tableSpace), table);
      tableCard.getChildren().add(tableCard.getChildren().indexOf(table),
          new VBox(6, labelWindow.bar(), featureWindow.bar()));
    });
    bind();
    return root;
  }

  private static final double TABLE_HEIGHT = 360;

  private TableView<Integer> createTable() {
    TableView<Integer> t = new TableView<>();
    t.setId("rows-table");
    t.setAccessibleHelp(Text.get("a11y.help.table"));
    t.setAccessibleText(Text.get("rawdata.datasetRowsFeaturesLabel"));
    t.setPrefHeight(TABLE_HEIGHT);
    t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    ColumnWidths.follow(t);
    return t;
  }

  private void bind() {
    layout.follow(model.cardProperty(), model.pythonProperty());
    layout.followLesson(model.lessonProperty());
    model.statsProperty().addListener((o, a, b) -> {
      showStats(b);
      // The columns' decimals come from the statistics, which follow the dataset.
      showTable(model.datasetProperty().get());
    });
    model.datasetProperty().addListener((o, a, b) -> showTable(b));
    if (model.statsProperty().get() != null) {
      contrast.setText(model.multiLabelContrast());
    }
  }

  private void showStats(DatasetStats s) {
    if (s == null) {
      return;
    }
    contrast.setText(model.multiLabelContrast());
    GridPane numbers = new GridPane();
    numbers.setHgap(18);
    numbers.setVgap(2);
    addNumber(numbers, 0, Text.get("rawdata.cardinality"), fmt(s.labelCardinality(), 2), "stat-cardinality",
        Text.get("rawdata.averageNumberLabelsPer"));
    addNumber(numbers, 1, Text.get("rawdata.density"), fmt(s.labelDensity(), 3), "stat-density",
        Text.get("rawdata.cardinalityDividedByNumber"));
    addNumber(numbers, 2, Text.get("rawdata.noLabel"), String.valueOf(s.rowsWithoutLabels()), "stat-empty",
        Text.get("rawdata.rowsThatCarryNone"));
    addNumber(numbers, 3, Text.get("rawdata.labelSets"), String.valueOf(s.distinctLabelSets()), "stat-sets",
        Text.get("rawdata.howManyDifferentCombinations"));

    arrangeCards(s);
    VBox bars = new VBox(4);
    Label barsTitle = new Label(Text.get("rawdata.perLabelFrequency"));
    barsTitle.getStyleClass().add(Styles.MUTED);
    bars.getChildren().add(barsTitle);
    VBox sets = new VBox(4);
    Label setsTitle = new Label(Text.get("rawdata.mostCommonLabelSets"));
    setsTitle.getStyleClass().add(Styles.MUTED);
    sets.getChildren().add(setsTitle);
    if (s.labels() <= PLAIN_LABELS) {
      for (DatasetStats.LabelFrequency f : s.labelFrequencies()) {
        bars.getChildren().add(bar(f.label(), f.fraction(),
            Text.get("rawdata.frequency", String.valueOf(f.count()), pct(f.fraction()))));
      }
      for (DatasetStats.LabelSetCount c : s.mostCommonLabelSets(6)) {
        sets.getChildren().add(bar(c.display(), c.fraction(),
            Text.get("rawdata.setRows", String.valueOf(c.count()))));
      }
    } else {
      // Many labels: one virtualized list each, sorted by frequency and searchable by name.
      frequencyList.setItems(s.labelFrequencies());
      setList.setItems(s.mostCommonLabelSets(Integer.MAX_VALUE));
      bars.getChildren().add(frequencyList.node());
      sets.getChildren().add(setList.node());
    }
    statsBox.getChildren().setAll(numbers, bars, sets);
    picker.setLabels(s);
  }

  /** A few labels: the two cards side by side, as in the lesson; many: one above the other. */
  private void arrangeCards(DatasetStats s) {
    if (statsCard == null) {
      return;
    }
    boolean wide = s != null && s.labels() > PLAIN_LABELS;
    if (wide) {
      cards.getChildren().setAll(statsCard, heatCard);
    } else {
      HBox row = new HBox(14, statsCard, heatCard);
      cards.getChildren().setAll(row);
    }
  }

  private static void addNumber(GridPane g, int col, String name, String value, String id, String help) {
    Label v = new Label(value);
    v.getStyleClass().add(Styles.BIG_NUMBER);
    v.setId(id);
    v.setAccessibleText(name + ": " + value);
    Label n = new Label(name);
    n.getStyleClass().add(Styles.MUTED);
    LazyTooltip.install(v, help);
    LazyTooltip.install(n, help);
    g.add(v, col, 0);
    g.add(n, col, 1);
  }

  private static Node bar(String name, double fraction, String text) {
    Label l = new Label(name);
    l.getStyleClass().add(Styles.BAR_NAME);
    Region track = new Region();
    track.getStyleClass().add(Styles.BAR_TRACK);
    track.setPrefSize(170, 14);
    track.setMaxSize(170, 14);
    Region fill = new Region();
    fill.getStyleClass().add(Styles.BAR);
    fill.setPrefSize(Math.max(2, 170 * fraction), 14);
    fill.setMaxSize(Math.max(2, 170 * fraction), 14);
    StackPane b = new StackPane(track, fill);
    StackPane.setAlignment(fill, Pos.CENTER_LEFT);
    b.setMinWidth(170);
    Label t = new Label(text);
    t.getStyleClass().add(Styles.NUMBER);
    t.setMinWidth(Region.USE_PREF_SIZE);
    HBox row = new HBox(8, l, b, t);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setAccessibleText(name + ": " + text);
    return row;
  }

  /** Draws the grid of the labels {@code shown} (label indices, in column order). */
  private void drawHeatmap(DatasetStats s, int[] shown) {
    GridPane g = new GridPane();
    g.setHgap(3);
    g.setVgap(3);
    g.setId("cooccurrence-heatmap");
    int l = shown.length;
    int max = 1;
    for (int a = 0; a < l; a++) {
      for (int b = 0; b < l; b++) {
        if (a != b) {
          max = Math.max(max, s.cooccurrence(shown[a], shown[b]));
        }
      }
    }
    for (int k = 0; k < l; k++) {
      Label col = new Label(s.labelFrequencies().get(shown[k]).label());
      col.getStyleClass().add(Styles.MUTED);
      col.setRotate(l > 6 ? -60 : 0);
      g.add(col, k + 1, 0);
      Label row = new Label(s.labelFrequencies().get(shown[k]).label());
      row.getStyleClass().add(Styles.MUTED);
      // Every name is read whole ("be…" said nothing): a grid of many labels scrolls sideways in
      // its card; a few labels' column names stand upright, many go rotated.
      row.setMinWidth(Region.USE_PREF_SIZE);
      if (l <= 12) {
        col.setMinWidth(Region.USE_PREF_SIZE);
      }
      g.add(row, 0, k + 1);
    }
    for (int a = 0; a < l; a++) {
      for (int b = 0; b < l; b++) {
        int c = s.cooccurrence(shown[a], shown[b]);
        Label cell = new Label(l > 12 ? "" : String.valueOf(c));
        cell.setMinSize(l > 12 ? 16 : 54, l > 12 ? 16 : 34);
        cell.setAlignment(Pos.CENTER);
        int level = a == b ? -1 : (int) Math.round(5.0 * c / max);
        cell.getStyleClass().addAll("heat-cell", a == b ? "heat-diagonal" : "heat-" + level);
        String an = s.labelFrequencies().get(shown[a]).label();
        String bn = s.labelFrequencies().get(shown[b]).label();
        String text = a == b
            ? Text.get("rawdata.heat.single", String.valueOf(c), an)
            : Text.get("rawdata.heat.pair", String.valueOf(c), an, bn);
        cell.setAccessibleText(text);
        LazyTooltip.install(cell, text);
        g.add(cell, b + 1, a + 1);
      }
    }
    Label note = new Label(Text.get("rawdata.diagonalRowsWithThat"));
    note.getStyleClass().add(Styles.MUTED);
    note.setWrapText(true);
    note.setMaxWidth(360);
    if (s.labels() <= PLAIN_LABELS) {
      heatmapBox.getChildren().setAll(g, note);
      return;
    }
    // Many labels: the grid scrolls inside its card rather than run under the lesson column.
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(g);
    scroll.setId("cooccurrence-scroll");
    scroll.setFitToHeight(true);
    scroll.setMinWidth(0);
    scroll.setPannable(true);
    scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setAccessibleText(Text.get("rawdata.labelCoOccurrence"));
    heatmapBox.getChildren().setAll(picker.node(), scroll, note);
  }

  private void showTable(Dataset d) {
    if (d == null || table == null) {
      return;
    }
    labelWindow.setNames(d.labelNames());
    featureWindow.setNames(d.featureNames());
    showColumns();
    Integer[] rows = new Integer[d.rows()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    table.setItems(FXCollections.observableArrayList(rows));
    int sample = model.sampleRow();
    table.setRowFactory(
        tv -> new TableRow<>() {
          @Override
          protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(Styles.HIGHLIGHT_ROW);
            if (!empty && item != null && item == sample) {
              getStyleClass().add(Styles.HIGHLIGHT_ROW);
            }
          }
        });
  }

  /**
   * The row number, then the labels and features inside the two column windows: a few dozen
   * columns whatever the data's width.
   */
  private void showColumns() {
    Dataset d = model.datasetProperty().get();
    if (d == null || table == null) {
      return;
    }
    java.util.List<TableColumn<Integer, ?>> columns = new java.util.ArrayList<>();
    int sample = model.sampleRow();
    TableColumn<Integer, Number> idx = new TableColumn<>("#");
    idx.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    // The sample row is marked by a sign as well as by its background (never colour alone).
    idx.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Number item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null
            : item.intValue() == sample ? "▸ " + item : String.valueOf(item));
      }
    });
    ColumnWidths.em(idx, 0, 4.4);
    columns.add(idx);
    for (int k = labelWindow.first(); k < labelWindow.end(); k++) {
      final int label = k;
      TableColumn<Integer, Number> col = new TableColumn<>(d.labelNames().get(k));
      col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(d.label(c.getValue(), label)));
      col.setCellFactory(c -> new ChipCell());
      ColumnWidths.em(col, 0, 4.7);
      columns.add(col);
    }
    DatasetStats stats = model.statsProperty().get();
    for (int j = featureWindow.first(); j < featureWindow.end(); j++) {
      final int feature = j;
      TableColumn<Integer, Number> col = new TableColumn<>(d.featureNames().get(j));
      col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(d.feature(c.getValue(), feature)));
      int decimals = stats != null && stats.featureSummaries().size() == d.featureCount()
          ? decimals(stats.featureSummaries().get(j)) : 3;
      col.setCellFactory(c -> new NumberCell(decimals));
      ColumnWidths.em(col, 0, 6);
      columns.add(col);
    }
    table.getColumns().setAll(columns);
  }

  /** A 0/1 label as a chip. */
  private static final class ChipCell extends TableCell<Integer, Number> {
    private static final javafx.css.PseudoClass ON = javafx.css.PseudoClass.getPseudoClass("on");
    private static final javafx.css.PseudoClass OFF = javafx.css.PseudoClass.getPseudoClass("off");
    private final Label chip = new Label();

    ChipCell() {
      chip.getStyleClass().add(Styles.CHIP);
      setAlignment(Pos.CENTER);
    }

    @Override
    protected void updateItem(Number item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      boolean on = item.intValue() == 1;
      chip.setText(on ? "1" : "0");
      // Pseudo-classes, not style classes: a changed style class makes JavaFX match the chip's
      // styles anew, and a table of label columns redraws thousands of chips while it scrolls.
      chip.pseudoClassStateChanged(ON, on);
      chip.pseudoClassStateChanged(OFF, !on);
      setGraphic(chip);
    }
  }

  /**
   * How many decimals a feature's column shows, the same for every value in it (never 119, 93.800
   * and 157.2 in one column): none for whole numbers, one from 100 up, three below.
   */
  static int decimals(DatasetStats.FeatureSummary f) {
    if (f.wholeNumbers()) {
      return 0;
    }
    return Math.max(Math.abs(f.min()), Math.abs(f.max())) >= 100 ? 1 : 3;
  }

  /** A feature value, right-aligned, with its column's decimals. */
  private static final class NumberCell extends TableCell<Integer, Number> {
    private final int decimals;

    NumberCell(int decimals) {
      this.decimals = decimals;
      setAlignment(Pos.CENTER_RIGHT);
      getStyleClass().add(Styles.NUMBER);
    }

    @Override
    protected void updateItem(Number item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setText(null);
        return;
      }
      setText(fmt(item.doubleValue(), decimals));
    }
  }

  static String fmt(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  static String pct(double f) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * f);
  }

}
