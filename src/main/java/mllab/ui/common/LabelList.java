package mllab.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import mllab.text.Text;

/**
 * A long list of labels (or label sets), one row each with its bars: a window of {@link #ROWS} row
 * nodes, reused as the list scrolls (so a thousand labels cost a dozen rows of nodes), sortable and
 * searchable by name. It scrolls with the wheel, the scroll bar, and the arrow and page keys. Step
 * 1's frequencies and label sets and step 3's per-label rates use it once there are more labels
 * than read well as plain bars.
 *
 * @param <T> one row's data, immutable
 */
public final class LabelList<T> {

  /** One way to sort the rows, with its name in the sort box. */
  public record Order<T>(String name, Comparator<T> comparator) {}

  /** One bar of a row: a fraction 0–1 drawn as a bar, and the words beside it. */
  public record Bar(double fraction, String text) {}

  /** Bars' track width in px, as step 1's plain bars. */
  private static final double TRACK = 170;

  private final Function<T, String> name;
  private final Function<T, List<Bar>> bars;
  private final String what;

  /** Rows on screen at a time. */
  public static final int ROWS = 10;

  private final VBox rowsBox = new VBox(2);
  private final ScrollBar scroll = new ScrollBar();
  private final List<RowCell> cells = new ArrayList<>();

  /** The names' column width in em, fitted to the dataset's longest names. */
  private final javafx.beans.property.DoubleProperty nameEms =
      new javafx.beans.property.SimpleDoubleProperty(NameWidths.LEAST_EMS);

  private final HBox list;
  private List<T> shownRows = List.of();
  private int offset;

  /** When set, each row has a check box bound to this (the heatmap's picker). */
  private Function<T, javafx.beans.property.BooleanProperty> checked;

  private final TextField find = new TextField();
  private final ChoiceBox<Order<T>> sort = new ChoiceBox<>();
  private final Label count = new Label();
  private final VBox box;
  private List<T> all = List.of();

  /**
   * @param id the id prefix of its nodes ("label-frequencies" gives "label-frequencies-list",
   *     "-find", "-sort", "-count")
   * @param what what a row is, plural, from the bundle ("labels", "label sets")
   * @param name a row's name, searched and shown first
   * @param bars a row's bars
   * @param orders the sort choices, the first one chosen
   */
  public LabelList(
      String id,
      String what,
      Function<T, String> name,
      Function<T, List<Bar>> bars,
      List<Order<T>> orders) {
    this.name = name;
    this.bars = bars;
    this.what = what;
    rowsBox.setId(id + "-list");
    rowsBox.setFocusTraversable(true);
    HBox.setHgrow(rowsBox, Priority.ALWAYS);
    rowsBox.setMinWidth(0);
    scroll.setOrientation(Orientation.VERTICAL);
    scroll.setId(id + "-scroll");
    scroll.setAccessibleText(Text.get("common.labelList.scroll", what));
    scroll.valueProperty().addListener((o, a, b) -> moveTo((int) Math.round(b.doubleValue())));
    scroll.managedProperty().bind(scroll.visibleProperty());
    list = new HBox(4, rowsBox, scroll);
    list.getStyleClass().add(Styles.LABEL_LIST);
    list.setMinWidth(0);
    scrollWithWheelAndKeys();
    find.setId(id + "-find");
    sort.setId(id + "-sort");
    count.setId(id + "-count");
    count.getStyleClass().add(Styles.MUTED);
    rowsBox.setAccessibleText(Text.get("common.labelList.accessible", what));
    rowsBox.setAccessibleHelp(Text.get("common.labelList.help"));
    rowsBox.setAccessibleRole(javafx.scene.AccessibleRole.LIST_VIEW);
    find.setPromptText(Text.get("common.labelList.find", what));
    find.setAccessibleText(Text.get("common.labelList.find", what));
    find.setAccessibleHelp(Text.get("common.labelList.findHelp"));
    find.setTooltip(new Tooltip(Text.get("common.labelList.findHelp")));
    find.setPrefColumnCount(14);
    find.textProperty().addListener((o, a, b) -> show());
    offerOrders(orders);
    HBox tools = new HBox(8, find, sort, count);
    tools.setAlignment(Pos.CENTER_LEFT);
    box = new VBox(6, tools, list);
    box.setId(id);
    box.setMinWidth(0);
  }

  /** The wheel, and the arrow, page, Home and End keys once the list has the focus. */
  private void scrollWithWheelAndKeys() {
    rowsBox.setOnScroll(e -> moveTo(offset - (int) Math.signum(e.getDeltaY()) * 3));
    rowsBox.setOnKeyPressed(
        e -> {
          switch (e.getCode()) {
            case DOWN -> moveTo(offset + 1);
            case UP -> moveTo(offset - 1);
            case PAGE_DOWN -> moveTo(offset + ROWS);
            case PAGE_UP -> moveTo(offset - ROWS);
            case HOME -> moveTo(0);
            case END -> moveTo(shownRows.size());
            default -> {
              return;
            }
          }
          e.consume();
        });
    rowsBox.setOnMouseClicked(e -> rowsBox.requestFocus());
  }

  /** The sort box: the orders by name, the first one chosen. */
  private void offerOrders(List<Order<T>> orders) {
    sort.setItems(FXCollections.observableArrayList(orders));
    sort.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Order<T> o) {
            return o == null ? "" : Text.get("common.labelList.sortBy", o.name());
          }

          @Override
          public Order<T> fromString(String s) {
            return null;
          }
        });
    sort.getSelectionModel().selectFirst();
    sort.setAccessibleText(Text.get("common.labelList.sort"));
    sort.setAccessibleHelp(Text.get("common.labelList.sortHelp"));
    sort.setTooltip(new Tooltip(Text.get("common.labelList.sortHelp")));
    sort.valueProperty().addListener((o, a, b) -> show());
  }

  public Node node() {
    return box;
  }

  /** Gives every row a check box bound to {@code flag} of its data (a picker). */
  public LabelList<T> withCheckBoxes(Function<T, javafx.beans.property.BooleanProperty> flag) {
    this.checked = flag;
    return this;
  }

  /** New rows (a new dataset); the search and the sort stay. */
  public void setItems(List<T> rows) {
    all = List.copyOf(rows);
    nameEms.set(NameWidths.ems(all.stream().map(name).toList()));
    show();
  }

  /**
   * Filters and sorts on the FX thread: a thousand names are matched and sorted in well under a
   * millisecond, and only the cells on screen are drawn.
   */
  private void show() {
    String t = find.getText() == null ? "" : find.getText().trim().toLowerCase(Locale.ROOT);
    List<T> rows = new ArrayList<>();
    for (T row : all) {
      if (t.isEmpty() || name.apply(row).toLowerCase(Locale.ROOT).contains(t)) {
        rows.add(row);
      }
    }
    Order<T> order = sort.getValue();
    if (order != null) {
      rows.sort(order.comparator());
    }
    shownRows = List.copyOf(rows);
    scroll.setMin(0);
    scroll.setMax(Math.max(0, rows.size() - ROWS));
    scroll.setVisibleAmount(Math.max(1, Math.min(ROWS, rows.size())));
    scroll.setBlockIncrement(ROWS);
    scroll.setVisible(rows.size() > ROWS);
    offset = -1;
    moveTo(0);
    scroll.setValue(0);
    count.setText(
        rows.size() == all.size()
            ? Text.get("common.labelList.countAll", mllab.text.Decimals.count(all.size()), what)
            : Text.get(
                "common.labelList.count",
                mllab.text.Decimals.count(rows.size()),
                mllab.text.Decimals.count(all.size()),
                what));
  }

  /** Shows the rows from {@code first} on in the reused row nodes. */
  private void moveTo(int first) {
    int f = Math.max(0, Math.min(first, shownRows.size() - ROWS));
    if (f == offset) {
      return;
    }
    offset = f;
    if (scroll.getValue() != f) {
      scroll.setValue(f);
    }
    int n = Math.min(ROWS, shownRows.size());
    while (cells.size() < n) {
      RowCell c = new RowCell();
      cells.add(c);
      rowsBox.getChildren().add(c.row);
    }
    for (int i = 0; i < cells.size(); i++) {
      cells.get(i).show(i < n ? shownRows.get(offset + i) : null);
    }
  }

  /** One row: its name, then each bar with its words; the nodes are reused as the list scrolls. */
  private final class RowCell {
    private final Label rowName = new Label();
    private final HBox row = new HBox(8, rowName);
    private final List<Region> fills = new ArrayList<>();
    private final List<Label> texts = new ArrayList<>();
    private final CheckBox box = new CheckBox();
    private javafx.beans.property.BooleanProperty bound;

    RowCell() {
      rowName.getStyleClass().add(Styles.BAR_NAME);
      rowName
          .prefWidthProperty()
          .bind(
              javafx.beans.binding.Bindings.createDoubleBinding(
                  () -> nameEms.get() * rowName.getFont().getSize(),
                  nameEms,
                  rowName.fontProperty()));
      rowName.setMinWidth(60);
      // A long name or label set wraps onto more lines rather than losing its end: the rows are
      // reused nodes in a box, so a taller row costs nothing.
      rowName.setWrapText(true);
      rowName.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      row.setAlignment(Pos.CENTER_LEFT);
      row.managedProperty().bind(row.visibleProperty());
      if (checked != null) {
        row.getChildren().add(0, box);
      }
    }

    void show(T item) {
      row.setVisible(item != null);
      if (bound != null) {
        box.selectedProperty().unbindBidirectional(bound);
        bound = null;
      }
      if (item == null) {
        return;
      }
      String n = name.apply(item);
      rowName.setText(n);
      LazyTooltip.install(rowName, n);
      List<Bar> b = bars.apply(item);
      while (fills.size() < b.size()) {
        addBar();
      }
      StringBuilder spoken = new StringBuilder(n);
      for (int i = 0; i < fills.size(); i++) {
        boolean used = i < b.size();
        fills.get(i).getParent().setVisible(used);
        fills.get(i).getParent().setManaged(used);
        texts.get(i).setVisible(used);
        texts.get(i).setManaged(used);
        if (used) {
          double w = Math.max(2, TRACK * Math.max(0, Math.min(1, b.get(i).fraction())));
          fills.get(i).setPrefWidth(w);
          fills.get(i).setMaxWidth(w);
          texts.get(i).setText(b.get(i).text());
          spoken.append(i == 0 ? ": " : ", ").append(b.get(i).text());
        }
      }
      if (checked != null) {
        bound = checked.apply(item);
        box.setSelected(bound.get());
        box.selectedProperty().bindBidirectional(bound);
        box.setAccessibleText(n);
      }
      row.setAccessibleText(spoken.toString());
    }

    private void addBar() {
      Region track = new Region();
      track.getStyleClass().add(Styles.BAR_TRACK);
      track.setPrefSize(TRACK, 14);
      track.setMaxSize(TRACK, 14);
      Region fill = new Region();
      fill.getStyleClass().add(Styles.BAR);
      fill.setPrefHeight(14);
      fill.setMaxHeight(14);
      StackPane bar = new StackPane(track, fill);
      StackPane.setAlignment(fill, Pos.CENTER_LEFT);
      bar.setMinWidth(TRACK);
      Label text = new Label();
      text.getStyleClass().add(Styles.NUMBER);
      text.setMinWidth(Region.USE_PREF_SIZE);
      fills.add(fill);
      texts.add(text);
      row.getChildren().addAll(bar, text);
    }
  }
}
