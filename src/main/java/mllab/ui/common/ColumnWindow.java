package mllab.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import mllab.text.Text;

/**
 * A window onto many columns: a table shows {@code size} of them at a time (a JavaFX table makes a
 * cell per column in every visible row, so 1,449 feature columns would freeze the window), and this
 * bar moves the window and finds a column by name. With no more columns than fit, it stays hidden.
 */
public final class ColumnWindow {

  private final String what;
  private final int size;
  private final IntConsumer onMove;
  private final Label range = new Label();
  private final Button back = new Button("◀");
  private final Button forward = new Button("▶");
  private final TextField find = new TextField();
  private final FlowPane bar;
  private List<String> names = List.of();
  private int first;

  /**
   * @param id the id prefix of the bar's nodes (e.g. "rows-features")
   * @param what the columns' name in the bar's text ("features", "labels"), from the bundle
   * @param size how many columns are shown at once
   * @param onMove called with the first shown column after every move
   */
  public ColumnWindow(String id, String what, int size, IntConsumer onMove) {
    this.what = what;
    this.size = size;
    this.onMove = onMove;
    range.setId(id + "-range");
    back.setId(id + "-back");
    forward.setId(id + "-forward");
    find.setId(id + "-find");
    back.setAccessibleText(Text.get("common.columns.back", what));
    forward.setAccessibleText(Text.get("common.columns.forward", what));
    back.setTooltip(new Tooltip(Text.get("common.columns.back", what)));
    forward.setTooltip(new Tooltip(Text.get("common.columns.forward", what)));
    back.setAccessibleHelp(Text.get("common.columns.help", String.valueOf(size)));
    forward.setAccessibleHelp(Text.get("common.columns.help", String.valueOf(size)));
    find.setPromptText(Text.get("common.columns.find", what));
    find.setAccessibleText(Text.get("common.columns.find", what));
    find.setAccessibleHelp(Text.get("common.columns.findHelp"));
    find.setTooltip(new Tooltip(Text.get("common.columns.findHelp")));
    find.setPrefColumnCount(14);
    back.setOnAction(e -> moveTo(first - size));
    forward.setOnAction(e -> moveTo(first + size));
    find.setOnAction(e -> findColumn(find.getText()));
    // A flow: zoomed in, the search field goes under the buttons instead of past the card's edge.
    bar = new FlowPane(8, 6, range, back, forward, find);
    bar.setId(id + "-window");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.managedProperty().bind(bar.visibleProperty());
  }

  public FlowPane bar() {
    return bar;
  }

  /** New columns (a new dataset): back to the first ones. */
  public void setNames(List<String> columnNames) {
    names = List.copyOf(columnNames);
    first = 0;
    bar.setVisible(names.size() > size);
    show();
  }

  /** The first column shown. */
  public int first() {
    return first;
  }

  /** One past the last column shown. */
  public int end() {
    return Math.min(names.size(), first + size);
  }

  /** Moves the window so that it shows column {@code column}. */
  public void reveal(int column) {
    if (column >= 0 && column < names.size() && (column < first || column >= end())) {
      moveTo(column - column % size);
    }
  }

  private void moveTo(int newFirst) {
    int last = Math.max(0, names.size() - size);
    int f = Math.max(0, Math.min(last, newFirst));
    if (f != first) {
      first = f;
      show();
      onMove.accept(first);
    }
  }

  /** Moves the window to the first column whose name contains {@code text} (any case). */
  void findColumn(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return;
    }
    for (int j = 0; j < names.size(); j++) {
      if (names.get(j).toLowerCase(Locale.ROOT).contains(t)) {
        moveTo(j - j % size);
        range.setText(
            Text.get(
                "common.columns.found",
                names.get(j),
                mllab.text.Decimals.count(first + 1),
                mllab.text.Decimals.count(end()),
                mllab.text.Decimals.count(names.size()),
                what));
        return;
      }
    }
    range.setText(Text.get("common.columns.notFound", text.trim(), what));
  }

  private void show() {
    range.setText(
        Text.get(
            "common.columns.range",
            mllab.text.Decimals.count(first + 1),
            mllab.text.Decimals.count(end()),
            mllab.text.Decimals.count(names.size()),
            what));
    back.setDisable(first == 0);
    forward.setDisable(end() >= names.size());
  }
}
