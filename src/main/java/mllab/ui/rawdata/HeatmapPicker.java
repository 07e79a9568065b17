package mllab.ui.rawdata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.data.DatasetStats;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/**
 * Which labels the co-occurrence grid shows: the most frequent ones at first, and a searchable,
 * virtualized list of check boxes to pick others. The grid's card says how many are hidden.
 */
final class HeatmapPicker {

  private final int max;
  private final BiConsumer<DatasetStats, int[]> draw;
  private final Label hidden = new Label();
  private final Label message = new Label();
  private final ToggleButton open = new ToggleButton(Text.get("rawdata.heat.pick"));
  private final Button mostFrequent = new Button(Text.get("rawdata.heat.mostFrequent"));
  private mllab.ui.common.LabelList<Integer> list;
  private final VBox panel;
  private final VBox node;
  private DatasetStats stats;
  private List<BooleanProperty> picked = List.of();

  /** Label indices by falling frequency: the order of the grid and of the list. */
  private int[] byFrequency = new int[0];

  private boolean changing;

  HeatmapPicker(int max, BiConsumer<DatasetStats, int[]> draw) {
    this.max = max;
    this.draw = draw;
    hidden.setId(NodeIds.COOCCURRENCE_HIDDEN);
    hidden.setMinWidth(Region.USE_PREF_SIZE);
    message.setId(NodeIds.COOCCURRENCE_PICK_MESSAGE);
    message.getStyleClass().add(Styles.WARNING);

    message.managedProperty().bind(message.visibleProperty());
    message.setVisible(false);
    open.setId(NodeIds.COOCCURRENCE_PICK);
    open.setAccessibleText(Text.get("rawdata.heat.pick"));
    open.setAccessibleHelp(Text.get("rawdata.heat.pickHelp", String.valueOf(max)));
    open.setTooltip(new Tooltip(Text.get("rawdata.heat.pickHelp", String.valueOf(max))));
    mostFrequent.setId(NodeIds.COOCCURRENCE_MOST_FREQUENT);
    mostFrequent.setAccessibleHelp(
        Text.get("rawdata.heat.mostFrequentHelp", String.valueOf(RawDataView.HEATMAP_LABELS)));
    mostFrequent.setTooltip(
        new Tooltip(
            Text.get("rawdata.heat.mostFrequentHelp", String.valueOf(RawDataView.HEATMAP_LABELS))));
    mostFrequent.setOnAction(e -> pickMostFrequent());
    list = labelList();
    panel = new VBox(6, mostFrequent, message, list.node());
    panel.setId(NodeIds.COOCCURRENCE_PICK_PANEL);
    panel.visibleProperty().bind(open.selectedProperty());
    panel.managedProperty().bind(panel.visibleProperty());
    HBox top = new HBox(10, hidden, open);
    top.setAlignment(Pos.CENTER_LEFT);
    node = new VBox(6, top);
    // The list of every label joins the card when it is first opened: closed, it takes no room,
    // and its rows need no CSS pass each time a dataset is put to use.
    open.selectedProperty()
        .addListener(
            (o, a, b) -> {
              if (b && panel.getParent() == null) {
                node.getChildren().add(panel);
              }
            });
  }

  /** The searchable list of every label, most frequent first, with a check box each. */
  private mllab.ui.common.LabelList<Integer> labelList() {
    return new mllab.ui.common.LabelList<Integer>(
            "cooccurrence-pick",
            Text.get("rawdata.list.labels"),
            k -> stats.labelFrequencies().get(k).label(),
            k ->
                List.of(
                    new mllab.ui.common.LabelList.Bar(
                        stats.labelFrequencies().get(k).fraction(),
                        Text.get(
                            "rawdata.setRows",
                            String.valueOf(stats.labelFrequencies().get(k).count())))),
            List.of(
                new mllab.ui.common.LabelList.Order<>(
                    Text.get("rawdata.sort.frequency"),
                    (a, b) ->
                        Integer.compare(
                            stats.labelFrequencies().get(b).count(),
                            stats.labelFrequencies().get(a).count())),
                new mllab.ui.common.LabelList.Order<>(
                    Text.get("rawdata.sort.name"),
                    java.util.Comparator.comparing(
                        (Integer k) -> stats.labelFrequencies().get(k).label(),
                        String.CASE_INSENSITIVE_ORDER))))
        .withCheckBoxes(k -> picked.get(k));
  }

  Node node() {
    return node;
  }

  /** A new dataset's labels: the most frequent ones are shown. */
  void setLabels(DatasetStats s) {
    stats = s;
    int l = s.labels();
    Integer[] order = new Integer[l];
    for (int k = 0; k < l; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(
        order,
        (a, b) ->
            Integer.compare(
                s.labelFrequencies().get(b).count(), s.labelFrequencies().get(a).count()));
    byFrequency = new int[l];
    List<BooleanProperty> flags = new ArrayList<>(l);
    for (int k = 0; k < l; k++) {
      byFrequency[k] = order[k];
      flags.add(null);
    }
    for (int k = 0; k < l; k++) {
      BooleanProperty p = new SimpleBooleanProperty();
      p.addListener((o, a, b) -> changed(p, b));
      flags.set(k, p);
    }
    picked = flags;
    message.setVisible(false);
    if (l <= RawDataView.PLAIN_LABELS) {
      // A few labels: all of them, in column order, and no picker.
      int[] all = new int[l];
      for (int k = 0; k < l; k++) {
        all[k] = k;
      }
      draw.accept(s, all);
      return;
    }
    List<Integer> all = new ArrayList<>(l);
    for (int k : byFrequency) {
      all.add(k);
    }
    list.setItems(all);
    pickMostFrequent();
  }

  private void pickMostFrequent() {
    changing = true;
    for (int i = 0; i < byFrequency.length; i++) {
      picked.get(byFrequency[i]).set(i < RawDataView.HEATMAP_LABELS);
    }
    changing = false;
    message.setVisible(false);
    redraw();
  }

  private void changed(BooleanProperty p, boolean on) {
    if (changing) {
      return;
    }
    if (on && shownCount() > max) {
      changing = true;
      p.set(false);
      changing = false;
      message.setText(Text.get("rawdata.heat.tooMany", String.valueOf(max)));
      message.setVisible(true);
      return;
    }
    message.setVisible(false);
    redraw();
  }

  private int shownCount() {
    int n = 0;
    for (BooleanProperty p : picked) {
      if (p.get()) {
        n++;
      }
    }
    return n;
  }

  private void redraw() {
    int[] shown = new int[shownCount()];
    int i = 0;
    for (int k : byFrequency) {
      if (picked.get(k).get()) {
        shown[i++] = k;
      }
    }
    int rest = stats.labels() - shown.length;
    hidden.setText(
        rest > 0
            ? Text.get("rawdata.heat.hidden", String.valueOf(rest))
            : Text.get("rawdata.heat.allShown", String.valueOf(stats.labels())));
    draw.accept(stats, shown);
  }
}
