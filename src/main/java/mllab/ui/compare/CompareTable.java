package mllab.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import mllab.eval.Metric;
import mllab.text.Text;
import mllab.ui.common.ColumnWidths;
import mllab.ui.common.NodeIds;

/**
 * The comparison as a grid read down one column per method: a row per metric, named in full with
 * its definition as a tooltip, then the fit time and the settings; the best value of each metric in
 * bold. Methods are few (five, six with the other weighting) and metrics many, so the methods go
 * across: with a column per metric the headers were cut to "Ham…" and "Jacca…".
 */
final class CompareTable {

  /**
   * One row of the grid.
   *
   * @param name what the row shows, e.g. "Hamming loss"
   * @param help its definition in plain words (empty for the fit time and the settings)
   * @param values each method's value, in the methods' order
   * @param best the methods (by index) with the best value; empty where there is no best
   */
  record Line(String name, String help, List<String> values, List<Integer> best) {}

  private CompareTable() {}

  /**
   * The table, following {@code rows}: its columns are the methods fitted, its rows the metrics.
   */
  static TableView<Line> create(ObservableList<CompareViewModel.Row> rows) {
    TableView<Line> table = new TableView<>();
    table.setId(NodeIds.COMPARE_TABLE);
    table.setAccessibleText(Text.get("compare.table.title"));
    table.setAccessibleHelp(Text.get("a11y.help.table"));
    table.setPlaceholder(new Label(Text.get("compare.table.empty")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPrefHeight(640);
    ColumnWidths.follow(table);
    Runnable fill = () -> fill(table, rows);
    rows.addListener((ListChangeListener<CompareViewModel.Row>) c -> fill.run());
    fill.run();
    return table;
  }

  private static void fill(TableView<Line> table, List<CompareViewModel.Row> rows) {
    List<String> methods = rows.stream().map(CompareViewModel.Row::name).toList();
    // A new threshold brings new values for the same methods: the columns stay (made again, the
    // rows' cells came back misaligned in a real window).
    if (!methods.equals(table.getProperties().get(METHODS))) {
      table.getProperties().put(METHODS, methods);
      List<TableColumn<Line, ?>> columns = new ArrayList<>();
      if (!rows.isEmpty()) {
        TableColumn<Line, Line> metric = new TableColumn<>(Text.get("compare.column.metric"));
        metric.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        metric.setCellFactory(c -> new NameCell());
        // Wide enough for "Subset accuracy (exact match)" whole: the names are what a row is about.
        ColumnWidths.em(metric, 17.5, 17.5);
        columns.add(metric);
        for (int i = 0; i < rows.size(); i++) {
          columns.add(methodColumn(methods.get(i), i, rows.size()));
        }
      }
      table.getColumns().setAll(columns);
    }
    // Before a run: no rows, and the placeholder says how to fill them.
    table.setItems(
        FXCollections.observableArrayList(rows.isEmpty() ? List.<Line>of() : lines(rows)));
  }

  /** The table's property holding the methods its columns show. */
  private static final String METHODS = "mllab.compare.methods";

  /** Characters on a line of a method's header: "neighbours" and "relevance" fit, narrowly. */
  static final int HEADER_LINE = 10;

  /** A method's column: its name across the top, on as many lines as it needs, never cut. */
  private static TableColumn<Line, Line> methodColumn(String name, int index, int methods) {
    TableColumn<Line, Line> column = new TableColumn<>(inLines(name, HEADER_LINE));
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setCellFactory(c -> new ValueCell(name, index, methods));
    ColumnWidths.em(column, 6, 8);
    column.setSortable(false);
    return column;
  }

  /**
   * {@code text} broken between words into lines of at most {@code width} characters where it can
   * be ("Neural" / "network" / "(MLP)"): a table's header shows each line whole, while a wrapping
   * header label inside it was cut to two lines.
   */
  static String inLines(String text, int width) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : text.split(" ")) {
      if (line > 0 && line + 1 + word.length() > width) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
  }

  /** The grid's rows for {@code rows}: every metric, the fit time, the settings. */
  static List<Line> lines(List<CompareViewModel.Row> rows) {
    List<Line> lines = new ArrayList<>();
    for (Metric m : Metric.values()) {
      List<String> values = new ArrayList<>();
      List<Integer> best = new ArrayList<>();
      double top = Double.NaN;
      for (int i = 0; i < rows.size(); i++) {
        String shown = String.format(Locale.ROOT, "%.3f", m.valueIn(rows.get(i).report()));
        values.add(shown);
        // The best among the values as shown: two methods that both read 0.013 are both bold.
        double v = Double.parseDouble(shown);
        if (Double.isNaN(v)) {
          continue;
        }
        if (best.isEmpty() || m.isBetter(v, top)) {
          best.clear();
          best.add(i);
          top = v;
        } else if (v == top) {
          best.add(i);
        }
      }
      // With one method, or all of them equal, no value stands out.
      lines.add(
          new Line(
              m.displayName(),
              m.definition(),
              values,
              best.size() == rows.size() ? List.of() : best));
    }
    lines.add(
        new Line(
            Text.get("compare.column.time"),
            "",
            rows.stream()
                .map(r -> String.format(Locale.ROOT, "%.2f", r.result().fitSeconds()))
                .toList(),
            List.of()));
    lines.add(
        new Line(
            Text.get("compare.column.settings"),
            "",
            rows.stream().map(r -> r.result().settings()).toList(),
            List.of()));
    return lines;
  }

  /** A row's name, with its definition as a tooltip. */
  private static final class NameCell extends TableCell<Line, Line> {
    @Override
    protected void updateItem(Line line, boolean empty) {
      super.updateItem(line, empty);
      setText(empty || line == null ? null : line.name());
      setTooltip(empty || line == null || line.help().isEmpty() ? null : new Tooltip(line.help()));
    }
  }

  /** One method's value in a row: bold where it is the best, the whole text as a tooltip. */
  private static final class ValueCell extends TableCell<Line, Line> {
    private final String method;
    private final int index;
    private final int methods;

    ValueCell(String method, int index, int methods) {
      this.method = method;
      this.index = index;
      this.methods = methods;
      setAlignment(Pos.CENTER_RIGHT);
    }

    @Override
    protected void updateItem(Line line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().remove(atlantafx.base.theme.Styles.TEXT_BOLD);
      if (empty || line == null || index >= line.values().size()) {
        setText(null);
        setTooltip(null);
        setAccessibleText(null);
        return;
      }
      String value = line.values().get(index);
      setText(value);
      boolean best = line.best().contains(index);
      if (best) {
        getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
      }
      // Settings can be longer than the column (a chain's order over every label).
      setTooltip(value.length() > 12 ? new Tooltip(value) : null);
      setAccessibleText(
          Text.get(
              best ? "compare.cell.spokenBest" : "compare.cell.spoken",
              line.name(),
              method,
              value,
              String.valueOf(methods)));
    }
  }
}
