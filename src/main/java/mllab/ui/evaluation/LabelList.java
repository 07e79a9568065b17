package mllab.ui.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import mllab.eval.MetricReport;
import mllab.lesson.EvaluationSnapshot;
import mllab.text.Text;
import mllab.ui.common.Styles;

/**
 * The labels of step 5 as a list a student can search and sort: by name, by how often the label is
 * true in the test rows (support) or by F1 at the thresholds in force. It holds label indices only;
 * the list or chooser that shows them makes nodes for the visible ones alone, so it holds 4 labels
 * or 1,000 the same way.
 */
final class LabelList {

  /** The orders a student can choose. */
  enum Order {
    /** The dataset's column order. */
    DATA,
    NAME,
    SUPPORT,
    F1;

    String title() {
      return Text.get("evaluation.labels.order." + name());
    }
  }

  private final ObservableValue<EvaluationSnapshot> snapshot;
  private final ObservableList<Integer> all = FXCollections.observableArrayList();
  private final FilteredList<Integer> found = new FilteredList<>(all);
  private final SortedList<Integer> shown = new SortedList<>(found);
  private final TextField find = new TextField();
  private final ComboBox<Order> order = new ComboBox<>();
  private final Label count = new Label();
  private final FlowPane bar;
  private List<String> names = List.of();

  /**
   * @param id the id prefix of the bar's nodes ("label-list" gives "label-list-find" …)
   * @param snapshot the snapshot shown: the labels' support and F1 come from it
   */
  LabelList(String id, ObservableValue<EvaluationSnapshot> snapshot) {
    this.snapshot = snapshot;
    find.setId(id + "-find");
    find.setPromptText(Text.get("evaluation.labels.find"));
    find.setAccessibleText(Text.get("evaluation.labels.find"));
    find.setAccessibleHelp(Text.get("evaluation.labels.findHelp"));
    find.setTooltip(new Tooltip(Text.get("evaluation.labels.findHelp")));
    find.setPrefColumnCount(14);
    find.textProperty().addListener((o, a, b) -> filter(b));
    order.setId(id + "-sort");
    order.getItems().setAll(Order.values());
    order.setValue(Order.DATA);
    order.setConverter(mllab.ui.common.Converters.shownAs(Order::title));
    order.setAccessibleText(Text.get("evaluation.labels.sort"));
    order.setAccessibleHelp(Text.get("evaluation.labels.sortHelp"));
    order.setTooltip(new Tooltip(Text.get("evaluation.labels.sortHelp")));
    order.valueProperty().addListener((o, a, b) -> sort());
    count.setId(id + "-count");
    count.getStyleClass().add(Styles.MUTED);
    Label sortBy = new Label(Text.get("evaluation.labels.sort"));
    sortBy.setLabelFor(order);
    bar = new FlowPane(10, 6, find, sortBy, order, count);
    bar.setId(id + "-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    found.predicateProperty().addListener(o -> showCount());
    all.addListener((javafx.collections.ListChangeListener<Integer>) c -> showCount());
    // Support and F1 belong to the thresholds in force: their orders follow every new snapshot.
    snapshot.addListener(
        (o, a, b) -> {
          if (order.getValue() == Order.SUPPORT || order.getValue() == Order.F1) {
            sort();
          }
        });
    sort();
  }

  /** The size of the bar's text: an em at the current zoom. */
  double fontSize() {
    return count.getFont().getSize();
  }

  javafx.beans.value.ObservableValue<javafx.scene.text.Font> fontProperty() {
    return count.fontProperty();
  }

  /** The search box, for a list that names its search after what it narrows. */
  TextField findField() {
    return find;
  }

  FlowPane bar() {
    return bar;
  }

  /** The labels that match the search, in the chosen order. */
  ObservableList<Integer> shown() {
    return shown;
  }

  /** New labels (new predictions): all of them, search and order kept. */
  void setNames(List<String> labelNames) {
    names = List.copyOf(labelNames);
    all.setAll(IntStream.range(0, names.size()).boxed().toList());
    filter(find.getText());
    sort();
  }

  String name(int label) {
    return label >= 0 && label < names.size() ? names.get(label) : "";
  }

  private void filter(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    found.setPredicate(t.isEmpty() ? null : k -> name(k).toLowerCase(Locale.ROOT).contains(t));
  }

  private void sort() {
    Comparator<Integer> byName = Comparator.comparing(k -> name(k).toLowerCase(Locale.ROOT));
    EvaluationSnapshot s = snapshot.getValue();
    MetricReport r = s == null ? null : s.report();
    Order o = order.getValue();
    if (o == Order.DATA || o == Order.NAME || r == null || r.labelCount() != names.size()) {
      shown.setComparator(o == Order.NAME ? byName : Comparator.naturalOrder());
      return;
    }
    // Most frequent first; F1 lowest first, so that the labels the model gets wrong come up.
    Comparator<Integer> c =
        o == Order.SUPPORT
            ? Comparator.comparingInt((Integer k) -> r.support(k)).reversed()
            : Comparator.comparingDouble((Integer k) -> f1(r, k));
    shown.setComparator(c.thenComparing(byName));
  }

  /** A label that is never true nor predicted has no F1: it sorts last. */
  private static double f1(MetricReport r, int k) {
    double f = r.f1(k);
    return Double.isNaN(f) ? Double.MAX_VALUE : f;
  }

  private void showCount() {
    count.setText(
        Text.get(
            "evaluation.labels.count",
            mllab.text.Decimals.count(found.size()),
            mllab.text.Decimals.count(all.size())));
  }
}
