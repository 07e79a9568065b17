package mllab.ui.rawdata;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import mllab.data.DatasetStats;
import mllab.text.Text;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.Styles;

/** Step 1's four headline numbers of a dataset's labels, each with its name and its help. */
final class HeadlineNumbers {

  private HeadlineNumbers() {}

  /** The four headline numbers: cardinality, density, rows without a label, label sets. */
  static GridPane grid(DatasetStats s) {
    GridPane numbers = new GridPane();
    numbers.setHgap(18);
    numbers.setVgap(2);
    addNumber(
        numbers,
        0,
        Text.get("rawdata.cardinality"),
        RawDataView.fmt(s.labelCardinality(), 2),
        "stat-cardinality",
        Text.get("rawdata.averageNumberLabelsPer"));
    addNumber(
        numbers,
        1,
        Text.get("rawdata.density"),
        RawDataView.fmt(s.labelDensity(), 3),
        "stat-density",
        Text.get("rawdata.cardinalityDividedByNumber"));
    addNumber(
        numbers,
        2,
        Text.get("rawdata.noLabel"),
        mllab.text.Decimals.count(s.rowsWithoutLabels()),
        "stat-empty",
        Text.get("rawdata.rowsThatCarryNone"));
    addNumber(
        numbers,
        3,
        Text.get("rawdata.labelSets"),
        mllab.text.Decimals.count(s.distinctLabelSets()),
        "stat-sets",
        Text.get("rawdata.howManyDifferentCombinations"));
    return numbers;
  }

  private static void addNumber(
      GridPane g, int col, String name, String value, String id, String help) {
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
}
