package mllab.ui.rawdata;

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
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/**
 * The content of step 1's co-occurrence card: a grid of how many rows carry each pair of labels,
 * and for many labels the picker of which labels the grid shows.
 */
final class CooccurrenceGrid {

  private final VBox box = new VBox(6);
  private final HeatmapPicker picker = new HeatmapPicker(RawDataView.HEATMAP_MAX, this::draw);

  /** The card's content, filled in by {@link #setLabels}. */
  VBox box() {
    return box;
  }

  /** New statistics: the picker chooses the labels again and the grid is drawn. */
  void setLabels(DatasetStats s) {
    picker.setLabels(s);
  }

  /** Draws the grid of the labels {@code shown} (label indices, in column order). */
  private void draw(DatasetStats s, int[] shown) {
    GridPane g = grid(s, shown);
    Label note = new Label(Text.get("rawdata.diagonalRowsWithThat"));
    note.getStyleClass().add(Styles.MUTED);
    note.setWrapText(true);
    note.setMaxWidth(360);
    if (s.labels() <= RawDataView.PLAIN_LABELS) {
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
  }

  private static GridPane grid(DatasetStats s, int[] shown) {
    GridPane g = new GridPane();
    g.setHgap(3);
    g.setVgap(3);
    g.setId(NodeIds.COOCCURRENCE_HEATMAP);
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
    int max = largestPair(s, shown);
    // The cells' texts are made for every pair: each pattern is parsed once, not once per cell.
    Function<Object[], String> single = Text.formatter("rawdata.heat.single");
    Function<Object[], String> pair = Text.formatter("rawdata.heat.pair");
    for (int a = 0; a < l; a++) {
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
    return g;
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
