package mllab.ui.rawdata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.data.DatasetStats;
import mllab.text.Text;
import mllab.ui.common.AfterFirstLayout;
import mllab.ui.common.LabelPicker;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/**
 * The content of step 1's co-occurrence card: a grid of how many rows carry each pair of labels,
 * and for many labels the picker of which labels the grid shows.
 */
final class CooccurrenceGrid {

  private final VBox box = new VBox(6);
  private DatasetStats stats;

  /** Which labels the grid shows: for many labels, the most frequent and a picker. */
  private final LabelPicker picker =
      new LabelPicker(
          "cooccurrence",
          RawDataView.PLAIN_LABELS,
          RawDataView.HEATMAP_MAX,
          new LabelPicker.Words(
              Text.get("rawdata.heat.pick"),
              Text.get("rawdata.heat.pickHelp", String.valueOf(RawDataView.HEATMAP_MAX)),
              Text.get("rawdata.heat.mostFrequent"),
              Text.get("rawdata.heat.mostFrequentHelp", String.valueOf(RawDataView.HEATMAP_LABELS)),
              Text.get("rawdata.list.labels"),
              "rawdata.heat.tooMany",
              "rawdata.heat.hidden",
              "rawdata.heat.allShown"),
          shown -> draw(stats, shown));

  /** The card's content, filled in by {@link #setLabels}. */
  VBox box() {
    return box;
  }

  /** New statistics: the picker chooses the labels again and the grid is drawn. */
  void setLabels(DatasetStats s) {
    stats = s;
    int[] counts =
        s.labelFrequencies().stream().mapToInt(DatasetStats.LabelFrequency::count).toArray();
    picker.setLabels(
        s.labelFrequencies().stream().map(DatasetStats.LabelFrequency::label).toList(),
        counts,
        s.rows(),
        LabelPicker.mostFrequent(counts, RawDataView.HEATMAP_LABELS));
  }

  /**
   * Draws the grid of the labels {@code shown} (label indices, in column order). A large grid fills
   * in a band of rows per pulse after its first one (its hundreds of cells' first CSS pass then
   * holds no single pulse long); a few labels' grid comes whole.
   */
  private void draw(DatasetStats s, int[] shown) {
    GridPane g = new GridPane();
    g.setHgap(3);
    g.setVgap(3);
    g.setId(NodeIds.COOCCURRENCE_HEATMAP);
    List<Runnable> bands = bands(g, s, shown);
    bands.get(0).run();
    Label note = new Label(Text.get("rawdata.diagonalRowsWithThat"));
    note.getStyleClass().add(Styles.MUTED);
    note.setWrapText(true);
    note.setMaxWidth(360);
    if (s.labels() <= RawDataView.PLAIN_LABELS) {
      bands.subList(1, bands.size()).forEach(Runnable::run);
      box.getChildren().setAll(g, note);
      return;
    }
    // Many labels: the grid scrolls inside its card rather than run under the lesson column.
    ScrollPane scroll = new ScrollPane(g);
    scroll.setId(NodeIds.COOCCURRENCE_SCROLL);
    scroll.setFitToHeight(true);
    scroll.setMinWidth(0);
    scroll.setPannable(true);
    scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setAccessibleText(Text.get("rawdata.labelCoOccurrence"));
    box.getChildren().setAll(picker.node(), scroll, note);
    AfterFirstLayout.inTurn(g, bands.subList(1, bands.size()));
  }

  /** The most cells made in one pulse. */
  private static final int CELLS_PER_BAND = 300;

  /**
   * The pieces that fill {@code g}: the column names with the first band of rows, then the other
   * bands, each of about {@link #CELLS_PER_BAND} cells; a piece for a grid no longer on screen (a
   * newer one replaced it) does nothing.
   */
  private static List<Runnable> bands(GridPane g, DatasetStats s, int[] shown) {
    int l = shown.length;
    int max = largestPair(s, shown);
    // The cells' texts are made for every pair: each pattern is parsed once, not once per cell.
    Function<Object[], String> single = Text.formatter("rawdata.heat.single");
    Function<Object[], String> pair = Text.formatter("rawdata.heat.pair");
    int band = Math.max(1, CELLS_PER_BAND / Math.max(1, l));
    List<Runnable> pieces = new ArrayList<>();
    for (int from = 0; from < Math.max(1, l); from += band) {
      int start = from;
      int end = Math.min(l, from + band);
      pieces.add(
          () -> {
            if (start > 0 && g.getScene() == null) {
              return;
            }
            if (start == 0) {
              columnNames(g, s, shown);
            }
            for (int a = start; a < end; a++) {
              row(g, s, shown, a, max, single, pair);
            }
          });
    }
    return pieces;
  }

  /** The names above the columns, and the names before the rows. */
  private static void columnNames(GridPane g, DatasetStats s, int[] shown) {
    int l = shown.length;
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
  }

  /** Row {@code a} of the grid: one cell per shown label. */
  private static void row(
      GridPane g,
      DatasetStats s,
      int[] shown,
      int a,
      int max,
      Function<Object[], String> single,
      Function<Object[], String> pair) {
    int l = shown.length;
    for (int b = 0; b < l; b++) {
      int c = s.cooccurrence(shown[a], shown[b]);
      String an = s.labelFrequencies().get(shown[a]).label();
      String count = String.valueOf(c);
      String text =
          a == b
              ? single.apply(new Object[] {count, an})
              : pair.apply(new Object[] {count, an, s.labelFrequencies().get(shown[b]).label()});
      int level = a == b ? -1 : (int) Math.round(5.0 * c / max);
      Region cell = l <= 12 ? counted(count, 54, 34) : a == b ? counted("", 16, 16) : blank();
      cell.getStyleClass().addAll("heat-cell", a == b ? "heat-diagonal" : "heat-" + level);
      cell.setAccessibleText(text);
      LazyTooltip.install(cell, text);
      g.add(cell, b + 1, a + 1);
    }
  }

  /** The largest count of two different labels together (at least 1), the darkest colour. */
  private static int largestPair(DatasetStats s, int[] shown) {
    int max = 1;
    for (int a = 0; a < shown.length; a++) {
      for (int b = 0; b < shown.length; b++) {
        if (a != b) {
          max = Math.max(max, s.cooccurrence(shown[a], shown[b]));
        }
      }
    }
    return max;
  }

  /** A cell as a label: with its count for a few labels, and empty on a larger grid's diagonal. */
  private static Label counted(String count, double minWidth, double minHeight) {
    Label cell = new Label(count);
    cell.setMinSize(minWidth, minHeight);
    cell.setAlignment(Pos.CENTER);
    return cell;
  }

  /**
   * A larger grid's cell off the diagonal: a small coloured square without a text (its count is in
   * its accessible text and tooltip). A region, not an empty label: a grid of 30 labels has 870 of
   * them, and a label is a skin and a text node more to style and lay out. It is read as text, as
   * the label was, and is as high as the empty label's line in the grid's font ({@code heat-blank}
   * in the theme).
   */
  private static Region blank() {
    Region cell = new Region();
    cell.getStyleClass().add("heat-blank");
    cell.setAccessibleRole(AccessibleRole.TEXT);
    cell.setMinSize(16, 16);
    cell.setMaxWidth(16);
    return cell;
  }
}
