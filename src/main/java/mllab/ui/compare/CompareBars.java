package mllab.ui.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/**
 * Each label's F1 under every method as bars: a virtualized list (a row of nodes per visible label,
 * whether there are 4 labels or 1,000) that a student can search by name and sort by where the
 * methods differ most, by how often the label is true, or by name.
 */
final class CompareBars {

  /** The orders a student can choose. */
  enum Order {
    /** The dataset's column order. */
    DATA,
    SPREAD,
    SUPPORT,
    NAME;

    String title() {
      return Text.get("compare.bars.order." + name());
    }
  }

  private final CompareViewModel model;
  private final ObservableList<Integer> all = FXCollections.observableArrayList();
  private final FilteredList<Integer> found = new FilteredList<>(all);
  private final SortedList<Integer> shown = new SortedList<>(found);
  private final TextField find = new TextField();
  private final ComboBox<Order> order = new ComboBox<>();
  private final Label count = new Label();

  CompareBars(CompareViewModel model) {
    this.model = model;
  }

  Node create() {
    ListView<Integer> list = new ListView<>(shown);
    list.setId(NodeIds.COMPARE_LABEL_F1);
    list.setAccessibleText(Text.get("compare.bars.title"));
    list.setAccessibleHelp(Text.get("a11y.help.table"));
    list.setPrefHeight(260);
    list.setCellFactory(v -> new BarsCell());
    find.setId(NodeIds.COMPARE_LABEL_F1 + "-find");
    find.setPromptText(Text.get("common.labelList.find", Text.get("rawdata.list.labels")));
    find.setAccessibleText(find.getPromptText());
    find.setTooltip(new Tooltip(Text.get("common.labelList.findHelp")));
    find.setPrefColumnCount(14);
    find.textProperty().addListener((o, a, b) -> filter());
    order.setId(NodeIds.COMPARE_LABEL_F1 + "-sort");
    order.getItems().setAll(Order.values());
    order.setValue(Order.DATA);
    order.setAccessibleText(Text.get("common.labelList.sort"));
    order.setConverter(mllab.ui.common.Converters.shownAs(Order::title));
    order.valueProperty().addListener((o, a, b) -> sort());
    count.setId(NodeIds.COMPARE_LABEL_F1 + "-count");
    count.getStyleClass().add(Styles.MUTED);
    HBox tools = new HBox(8, find, order, count);
    tools.setAlignment(Pos.CENTER_LEFT);
    model.labels().addListener((ListChangeListener<String>) c -> relabel());
    model
        .rows()
        .addListener(
            (ListChangeListener<CompareViewModel.Row>)
                c -> {
                  sort();
                  list.refresh();
                });
    relabel();
    return new VBox(8, tools, list);
  }

  /** New labels (a new fit): every label, the search and the order kept. */
  private void relabel() {
    all.setAll(IntStream.range(0, model.labels().size()).boxed().toList());
    filter();
  }

  private void filter() {
    String t = find.getText() == null ? "" : find.getText().trim().toLowerCase(Locale.ROOT);
    List<String> names = model.labels();
    found.setPredicate(t.isEmpty() ? null : k -> names.get(k).toLowerCase(Locale.ROOT).contains(t));
    sort();
  }

  private void sort() {
    Order o = order.getValue() == null ? Order.DATA : order.getValue();
    List<CompareViewModel.Row> rows = List.copyOf(model.rows());
    List<String> names = List.copyOf(model.labels());
    Comparator<Integer> byIndex = Comparator.naturalOrder();
    shown.setComparator(
        switch (o) {
          case DATA -> byIndex;
          case NAME -> Comparator.comparing(names::get, String.CASE_INSENSITIVE_ORDER);
          case SUPPORT ->
              Comparator.comparingInt((Integer k) -> support(rows, k))
                  .reversed()
                  .thenComparing(byIndex);
          case SPREAD ->
              Comparator.comparingDouble((Integer k) -> spread(rows, k))
                  .reversed()
                  .thenComparing(byIndex);
        });
    count.setText(
        shown.size() == all.size()
            ? Text.get(
                "common.labelList.countAll",
                Decimals.count(all.size()),
                Text.get("rawdata.list.labels"))
            : Text.get(
                "common.labelList.count",
                Decimals.count(shown.size()),
                Decimals.count(all.size()),
                Text.get("rawdata.list.labels")));
  }

  private static int support(List<CompareViewModel.Row> rows, int k) {
    return rows.isEmpty() || k >= rows.get(0).report().labelCount()
        ? 0
        : rows.get(0).report().support(k);
  }

  /**
   * How far apart the methods' F1 for label {@code k} lie: the best one's minus the worst one's.
   */
  static double spread(List<CompareViewModel.Row> rows, int k) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (CompareViewModel.Row r : rows) {
      if (k < r.report().labelCount()) {
        lo = Math.min(lo, r.report().f1(k));
        hi = Math.max(hi, r.report().f1(k));
      }
    }
    return hi >= lo ? hi - lo : 0;
  }

  /** One label: its name, then each method's F1 as a bar with its value. */
  private final class BarsCell extends ListCell<Integer> {
    @Override
    protected void updateItem(Integer label, boolean empty) {
      super.updateItem(label, empty);
      setText(null);
      if (empty || label == null || label >= model.labels().size()) {
        setGraphic(null);
        setAccessibleText(null);
        return;
      }
      int k = label;
      String name = model.labels().get(k);
      GridPane grid = new GridPane();
      grid.setHgap(8);
      Label title = new Label(name);
      title.getStyleClass().add(Styles.CARD_TITLE);
      grid.add(title, 0, 0, 3, 1);
      StringBuilder spoken = new StringBuilder(name);
      int r = 1;
      for (CompareViewModel.Row row : model.rows()) {
        if (k >= row.report().labelCount()) {
          continue;
        }
        double f1 = row.report().f1(k);
        ProgressBar bar = new ProgressBar(f1);
        bar.setPrefWidth(200);
        String text = String.format(Locale.ROOT, "%.2f", f1);
        grid.add(new Label(row.name()), 0, r);
        grid.add(bar, 1, r);
        grid.add(new Label(text), 2, r);
        spoken.append(", ").append(row.name()).append(' ').append(text);
        r++;
      }
      setGraphic(grid);
      setAccessibleText(Text.get("compare.bars.spoken", spoken.toString()));
    }
  }
}
