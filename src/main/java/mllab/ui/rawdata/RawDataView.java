package mllab.ui.rawdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mllab.data.DatasetStats;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.common.AfterFirstLayout;
import mllab.ui.common.Loading;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;

/** Step 1 screen: the table of rows, label statistics and the co-occurrence heatmap. */
public final class RawDataView {

  private final RawDataViewModel model;
  private final StepLayout layout = new StepLayout(Step.RAW_DATA);
  private final VBox statsBox = new VBox(10);

  /** The table of rows, made when it joins the screen, after the statistics. */
  private final RowsTable rows;

  private final CooccurrenceGrid heatmap = new CooccurrenceGrid();

  /** The latest statistics, which a pending {@link #showStatsLater} shows. */
  private DatasetStats statsToShow;

  /** The statistics the co-occurrence grid shows, or is about to show. */
  private DatasetStats heatmapStats;

  /** Labels and features shown in the table at a time; more are reached through the bars. */
  static final int LABEL_COLUMNS = 12;

  static final int FEATURE_COLUMNS = 20;
  private final Label contrast = new Label();

  /**
   * The statistics and co-occurrence cards: side by side for a few labels, else one above the
   * other.
   */
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
      countList(
          "label-frequency",
          Text.get("rawdata.list.labels"),
          DatasetStats.LabelFrequency::label,
          DatasetStats.LabelFrequency::count,
          f ->
              new mllab.ui.common.LabelList.Bar(
                  f.fraction(),
                  Text.get(
                      "rawdata.frequency",
                      mllab.text.Decimals.count(f.count()),
                      pct(f.fraction()))));
  private final mllab.ui.common.LabelList<DatasetStats.LabelSetCount> setList =
      countList(
          "label-set",
          Text.get("rawdata.list.labelSets"),
          DatasetStats.LabelSetCount::display,
          DatasetStats.LabelSetCount::count,
          c ->
              new mllab.ui.common.LabelList.Bar(
                  c.fraction(), Text.get("rawdata.setRows", mllab.text.Decimals.count(c.count()))));

  /** A list of counted rows (labels, label sets), one bar each, most frequent first or by name. */
  private static <T> mllab.ui.common.LabelList<T> countList(
      String id,
      String what,
      java.util.function.Function<T, String> name,
      java.util.function.ToIntFunction<T> count,
      java.util.function.Function<T, mllab.ui.common.LabelList.Bar> bar) {
    return new mllab.ui.common.LabelList<>(
        id,
        what,
        name,
        t -> java.util.List.of(bar.apply(t)),
        java.util.List.of(
            new mllab.ui.common.LabelList.Order<>(
                Text.get("rawdata.sort.frequency"),
                java.util.Comparator.comparingInt(count).reversed()),
            new mllab.ui.common.LabelList.Order<>(
                Text.get("rawdata.sort.name"),
                java.util.Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER))));
  }

  public RawDataView(RawDataViewModel model) {
    this.model = model;
    this.rows = new RowsTable(model);
  }

  public Node createView() {
    Node root = layout.createView();
    contrast.setWrapText(true);
    contrast.setId(NodeIds.MULTILABEL_CONTRAST);
    contrast.getStyleClass().add(Styles.INFO);
    contrast.setMaxWidth(Double.MAX_VALUE);
    // The screen's first frame is its title and shape card; the rest fills in after it, one pulse
    // per part (after the lesson and the Python panel): the multi-label note and the cards' frames,
    // the statistics (many small labels), then the 25-column table in the space kept for it.
    StackPane tableSpace =
        new StackPane(Loading.placeholder("rows-loading", Text.get("rawdata.loading.rows")));
    tableSpace.setAlignment(Pos.TOP_LEFT);
    layout.fillIn(
        () -> {
          // Until the next pulses fill them, the cards say what is coming instead of standing
          // empty.
          if (statsBox.getChildren().isEmpty()) {
            statsBox
                .getChildren()
                .setAll(
                    Loading.placeholder("label-stats-loading", Text.get("rawdata.loading.stats")));
            heatmap
                .box()
                .getChildren()
                .setAll(
                    Loading.placeholder(
                        "cooccurrence-loading", Text.get("rawdata.loading.cooccurrence")));
          }
          statsCard = StepLayout.card(Text.get("rawdata.labelStatistics"), statsBox);
          statsCard.setId(NodeIds.LABEL_STATS_CARD);
          heatCard = StepLayout.card(Text.get("rawdata.labelCoOccurrence"), heatmap.box());
          heatCard.setId(NodeIds.COOCCURRENCE_CARD);
          heatCard.setMinWidth(0);
          HBox.setHgrow(statsCard, Priority.ALWAYS);
          arrangeCards(model.statsProperty().get());
          tableSpace.setPrefHeight(TABLE_HEIGHT);
          VBox tableCard =
              StepLayout.card(Text.get("rawdata.rowsHighlightedRowLesson"), tableSpace);
          layout.main().getChildren().addAll(contrast, cards, tableCard);
        });
    statsPieces(model.statsProperty().get()).forEach(layout::fillIn);
    layout.fillIn(
        () -> {
          TableView<Integer> table = rows.create();
          rows.show(model.datasetProperty().get());
          // The slot keeps the table's height while its rows come in a few per pulse.
          StackPane slot = mllab.ui.common.RowsInTurn.slot(table, TABLE_HEIGHT);
          VBox tableCard = (VBox) tableSpace.getParent();
          tableCard.getChildren().set(tableCard.getChildren().indexOf(tableSpace), slot);
          tableCard.getChildren().add(tableCard.getChildren().indexOf(slot), rows.windowBars());
        });
    bind();
    return root;
  }

  static final double TABLE_HEIGHT = 360;

  private void bind() {
    layout.follow(model.cardProperty(), model.pythonProperty());
    layout.followLesson(model.lessonProperty());
    model
        .statsProperty()
        .addListener(
            (o, a, b) -> {
              showStatsLater(b);
              // The columns' decimals come from the statistics, which follow the dataset.
              rows.showLater();
            });
    model.datasetProperty().addListener((o, a, b) -> rows.showLater());
    if (model.statsProperty().get() != null) {
      contrast.setText(model.multiLabelContrast());
    }
  }

  /**
   * Shows new statistics a pulse after the change that brought them (a dataset put to use), so that
   * building their lists does not lengthen that change's own stretch on the FX thread; only the
   * latest are shown.
   */
  private void showStatsLater(DatasetStats s) {
    statsToShow = s;
    AfterFirstLayout.run(
        statsBox,
        () -> {
          if (statsToShow == s) {
            AfterFirstLayout.inTurn(statsBox, statsPieces(s));
          }
        });
  }

  /**
   * Shows {@code s} in three pieces, a pulse each: the headline numbers, the label frequencies,
   * then the most common label sets (after which the co-occurrence grid is queued). With many
   * labels the frequencies and the sets are each a list whose first cells are made and styled in
   * the pulse it joins the screen. The pieces of statistics replaced meanwhile do nothing.
   */
  private List<Runnable> statsPieces(DatasetStats s) {
    if (s == null) {
      return List.of();
    }
    VBox bars = titled(Text.get("rawdata.perLabelFrequency"));
    VBox sets = titled(Text.get("rawdata.mostCommonLabelSets"));
    return List.of(
        () -> {
          if (s != model.statsProperty().get()) {
            // Replaced since these pieces were made: the newer statistics come in pieces of their
            // own.
            return;
          }
          contrast.setText(model.multiLabelContrast());
          arrangeCards(s);
          statsBox.getChildren().setAll(HeadlineNumbers.grid(s), bars, sets);
        },
        () -> {
          if (statsBox.getChildren().contains(bars)) {
            fillFrequencies(s, bars);
          }
        },
        () -> {
          if (statsBox.getChildren().contains(sets)) {
            fillSets(s, sets);
            showHeatmapLater(s);
          }
        });
  }

  private static VBox titled(String title) {
    Label l = new Label(title);
    l.getStyleClass().add(Styles.MUTED);
    return new VBox(4, l);
  }

  /**
   * Draws the co-occurrence grid of {@code s} a pulse after the statistics: its hundreds of cells
   * then have a first CSS and layout pass of their own. Only the latest statistics are drawn.
   */
  private void showHeatmapLater(DatasetStats s) {
    if (s == heatmapStats) {
      return;
    }
    heatmapStats = s;
    AfterFirstLayout.run(
        heatmap.box(),
        () -> {
          if (heatmapStats == s) {
            heatmap.setLabels(s);
          }
        });
  }

  /** A few labels: a plain bar each; many: a virtualized list, sorted and searchable. */
  private void fillFrequencies(DatasetStats s, VBox bars) {
    if (s.labels() > PLAIN_LABELS) {
      frequencyList.setItems(s.labelFrequencies());
      bars.getChildren().add(frequencyList.node());
      return;
    }
    for (DatasetStats.LabelFrequency f : s.labelFrequencies()) {
      bars.getChildren()
          .add(
              bar(
                  f.label(),
                  f.fraction(),
                  Text.get(
                      "rawdata.frequency",
                      mllab.text.Decimals.count(f.count()),
                      pct(f.fraction()))));
    }
  }

  /** The most common label sets: a bar each for a few labels, a searchable list for many. */
  private void fillSets(DatasetStats s, VBox sets) {
    if (s.labels() > PLAIN_LABELS) {
      setList.setItems(s.mostCommonLabelSets(Integer.MAX_VALUE));
      sets.getChildren().add(setList.node());
      return;
    }
    for (DatasetStats.LabelSetCount c : s.mostCommonLabelSets(6)) {
      sets.getChildren()
          .add(
              bar(
                  c.display(),
                  c.fraction(),
                  Text.get("rawdata.setRows", mllab.text.Decimals.count(c.count()))));
    }
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

  /**
   * {@code v} with {@code decimals} digits after the point, the very string {@code
   * String.format(Locale.ROOT, "%.nf", v)} writes (its shortest decimal form rounded half up, a
   * minus for any negative value), without a Formatter per call: the rows table writes one per
   * cell. Very small and very large values go to String.format itself.
   */
  static String fmt(double v, int decimals) {
    double a = Math.abs(v);
    if (!(a == 0 || (a >= 1e-3 && a < 1e7))) {
      return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
    String digits =
        new BigDecimal(Double.toString(a)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return Double.compare(v, 0.0) < 0 ? "-" + digits : digits;
  }

  static String pct(double f) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * f);
  }
}
