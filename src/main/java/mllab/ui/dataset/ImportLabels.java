package mllab.ui.dataset;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.text.Text;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.NodeIds;

/**
 * The import dialog's label columns as read, in a list searchable by name. The list joins the
 * dialog a pulse after its first frame ({@link #build()}); a blank of its size holds its place.
 */
final class ImportLabels {

  private final ObservableList<String> entries = FXCollections.observableArrayList();
  private final FilteredList<String> shown = new FilteredList<>(entries);
  private final ListView<String> list = new ListView<>(shown);
  private final TextField find = new TextField();
  private final Region standIn = new Region();
  private final VBox node = new VBox(6, find, standIn);

  ImportLabels() {
    find.setId(NodeIds.IMPORT_LABEL_FIND);
    find.setPromptText(Text.get("dataset.import.findLabel"));
    find.setAccessibleText(Text.get("dataset.import.findLabel"));
    find.setAccessibleHelp(Text.get("dataset.import.findLabelHelp"));
    // Made on the first hover: a tooltip is a popup window's worth of objects.
    LazyTooltip.installPlain(find, Text.get("dataset.import.findLabelHelp"));
    find.textProperty()
        .addListener(
            (o, a, b) -> {
              String t = b == null ? "" : b.trim().toLowerCase(Locale.ROOT);
              shown.setPredicate(t.isEmpty() ? null : e -> e.toLowerCase(Locale.ROOT).contains(t));
            });
    list.setId(NodeIds.IMPORT_LABEL_LIST);
    list.setAccessibleText(Text.get("dataset.import.labelListAccessible"));
    list.setAccessibleHelp(Text.get("dataset.import.findLabelHelp"));
    list.setPlaceholder(new Label(Text.get("dataset.import.noLabel")));
    list.setPrefSize(300, 250);
    VBox.setVgrow(list, Priority.ALWAYS);
    standIn.setPrefSize(300, 250);
    VBox.setVgrow(standIn, Priority.ALWAYS);
    node.setMinWidth(260);
  }

  /** The search field above the list. */
  VBox node() {
    return node;
  }

  /** Puts the list in its place, with the labels read meanwhile. */
  void build() {
    node.getChildren().set(node.getChildren().indexOf(standIn), list);
  }

  /** One line per label: its name and how many rows carry it. */
  void show(List<String> labelEntries) {
    entries.setAll(labelEntries);
  }
}
