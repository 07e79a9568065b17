package mllab.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mllab.text.Text;
import mllab.ui.common.AfterFirstLayout;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/**
 * Step 5's label tiles: per label a 2×2 confusion matrix (clickable cells), precision, recall, F1
 * and support, and in per-label mode the label's own threshold slider. The tiles wrap into rows as
 * a flow does, and the rows are the cells of a virtualized list: only the rows on screen have
 * nodes, reused as the list scrolls, so 4 labels look as they always did and 1,000 cost no more.
 */
final class LabelTiles {

  /** Rows of tiles shown before the list scrolls. */
  static final int ROWS_SHOWN = 2;

  /** The list's height before its rows are measured, in px. */
  static final double FIRST_HEIGHT = 200;

  /** The space between two tiles of a row, in px. */
  private static final double GAP = 12;

  private final PerLabelViewModel model;
  private final LabelList labels;
  private final BiConsumer<Integer, Outcome> onCell;
  private final ListView<List<Integer>> list = new ListView<>();
  private final ObservableList<List<Integer>> rows = FXCollections.observableArrayList();
  private int perRow = 1;

  /** The tallest row drawn since the tiles last changed shape: the list shows ROWS_SHOWN such. */
  private double rowHeight;

  /**
   * @param onCell what a click on label k's confusion cell does
   */
  LabelTiles(PerLabelViewModel model, LabelList labels, BiConsumer<Integer, Outcome> onCell) {
    this.model = model;
    this.labels = labels;
    this.onCell = onCell;
  }

  ListView<List<Integer>> createView() {
    list.setId(NodeIds.LABEL_TILES);
    list.getStyleClass().add(Styles.LABEL_TILE_LIST);
    list.setItems(rows);
    list.setCellFactory(v -> new RowCell());
    list.setAccessibleText(Text.get("evaluation.labels.list"));
    list.setAccessibleHelp(Text.get("evaluation.labels.listHelp"));
    list.setPlaceholder(new Label(Text.get("evaluation.labels.none")));
    // One row first: each row of tiles is made and styled in a frame of its own, and the list grows
    // to ROWS_SHOWN rows once the first is measured.
    list.setPrefHeight(FIRST_HEIGHT / ROWS_SHOWN);
    labels.shown().addListener((ListChangeListener<Integer>) c -> regroup());
    list.widthProperty().addListener(o -> regroup());
    labels
        .fontProperty()
        .addListener(
            o -> {
              remeasure();
              regroup();
            });
    // Per-label mode adds a slider to every tile: the rows grow, and the list with them.
    model
        .perLabelProperty()
        .addListener(
            (o, a, b) -> {
              rowHeight = 0;
              remeasure();
              list.refresh();
            });
    regroup();
    return list;
  }

  /**
   * Lets the list measure its rows again (a zoom or per-label mode changes a tile's height).
   * Between two such changes every row is as tall as one tile, so the list is told that height once
   * it is known ({@link RowCell#layoutChildren}): a list of rows of varying height measures each
   * row it shows or estimates in a hidden cell, which gives that cell's tiles the labels of one row
   * after another, and each new label id restyles a whole tile from scratch.
   */
  private void remeasure() {
    list.setFixedCellSize(-1);
  }

  /** The labels shown, in their order, cut into rows of as many tiles as the width holds. */
  private void regroup() {
    double em = labels.fontSize();
    // Less the list's borders and its vertical scroll bar.
    double width = list.getWidth() - 2 * em;
    int fit =
        width <= 0 ? perRow : Math.max(1, (int) ((width + GAP) / (LabelTile.TILE_EM * em + GAP)));
    List<Integer> shown = List.copyOf(labels.shown());
    List<List<Integer>> cut = new ArrayList<>();
    for (int i = 0; i < shown.size(); i += fit) {
      cut.add(shown.subList(i, Math.min(shown.size(), i + fit)));
    }
    if (fit != perRow || !cut.equals(rows)) {
      perRow = fit;
      rowHeight = 0;
      rows.setAll(cut);
    }
  }

  /**
   * One row of tiles; its tiles are reused for the labels of whichever row it shows, and made one
   * per pulse as the row first needs them.
   */
  private final class RowCell extends ListCell<List<Integer>> {
    private final HBox box = new HBox(GAP);
    private final List<LabelTile> tiles = new ArrayList<>();

    /** A tile is on its way ({@link #growLater}). */
    private boolean growing;

    RowCell() {
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
      box.setAlignment(Pos.TOP_LEFT);
    }

    @Override
    protected void updateItem(List<Integer> item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        // Off the scene first: an id cleared there costs nothing, in the scene it restyles a tile.
        setGraphic(null);
        for (LabelTile t : tiles) {
          t.show(-1);
        }
        return;
      }
      if (tiles.isEmpty()) {
        tiles.add(new LabelTile(model, labels, onCell));
      }
      showTiles(item);
      growLater();
    }

    /** The row's labels on the tiles it has so far (a tile left over shows none). */
    private void showTiles(List<Integer> item) {
      List<VBox> shown = new ArrayList<>();
      for (int i = 0; i < tiles.size(); i++) {
        tiles.get(i).show(i < item.size() ? item.get(i) : -1);
        if (i < item.size()) {
          shown.add(tiles.get(i).box());
        }
      }
      box.getChildren().setAll(shown);
      setGraphic(box);
    }

    /**
     * Makes the row's missing tiles one per pulse: a new tile (a dozen controls) is made, styled
     * and laid out in its own frame, where a row's five together held the FX thread for 60-120 ms.
     */
    private void growLater() {
      if (growing || getItem() == null || tiles.size() >= getItem().size()) {
        return;
      }
      growing = true;
      AfterFirstLayout.run(
          this,
          () -> {
            growing = false;
            List<Integer> item = getItem();
            if (!isEmpty() && item != null && tiles.size() < item.size()) {
              tiles.add(new LabelTile(model, labels, onCell));
              showTiles(item);
              growLater();
            }
          });
    }

    /** The list is as tall as {@link #ROWS_SHOWN} of its tallest rows, so no tile is cut. */
    @Override
    protected void layoutChildren() {
      super.layoutChildren();
      if (getGraphic() == null) {
        return;
      }
      double h = box.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
      if (list.getFixedCellSize() <= 0 || h > list.getFixedCellSize() + 0.5) {
        list.setFixedCellSize(h);
      }
      if (h > rowHeight + 0.5) {
        rowHeight = h;
        int shown = Math.min(ROWS_SHOWN, Math.max(1, rows.size()));
        list.setPrefHeight(
            Math.ceil(shown * h + list.snappedTopInset() + list.snappedBottomInset() + 2));
      }
    }
  }
}
