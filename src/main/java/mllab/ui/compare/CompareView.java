package mllab.ui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import mllab.eval.Metric;
import mllab.lesson.PythonSnippet;
import mllab.methods.MethodKind;
import mllab.text.Text;
import mllab.ui.common.MarkdownView;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;

/**
 * The Compare view: the five methods side by side on the same split, one table with every metric
 * and the fit time, per-label F1 bars, and for each method a lesson paragraph and its Python
 * equivalent. Builds nodes and binds; the state is {@link CompareViewModel}'s.
 */
public final class CompareView {

  private final CompareViewModel model;

  public CompareView(CompareViewModel model) {
    this.model = model;
  }

  public Node createView() {
    Label intro = new Label(Text.get("compare.intro"));
    intro.setWrapText(true);
    VBox box =
        new VBox(
            14,
            intro,
            new CompareControls(model).create(),
            StepLayout.card(Text.get("compare.table.title"), table(), unseenNote()),
            StepLayout.card(Text.get("compare.bars.title"), bars()),
            methods());
    box.setPadding(new Insets(16));
    box.setId(NodeIds.COMPARE_VIEW);
    return box;
  }

  private Node table() {
    TableView<CompareViewModel.Row> table = new TableView<>(model.rows());
    table.setId(NodeIds.COMPARE_TABLE);
    table.setAccessibleText(Text.get("compare.table.title"));
    table.setAccessibleHelp(Text.get("a11y.help.table"));
    table.setPlaceholder(new Label(Text.get("compare.table.empty")));
    table.setPrefHeight(230);
    TableColumn<CompareViewModel.Row, String> name =
        new TableColumn<>(Text.get("compare.column.method"));
    name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    name.setPrefWidth(170);
    table.getColumns().add(name);
    for (Metric m : Metric.values()) {
      TableColumn<CompareViewModel.Row, String> col = new TableColumn<>(m.displayName());
      col.setCellValueFactory(
          c ->
              new ReadOnlyStringWrapper(
                  String.format(Locale.ROOT, "%.3f", m.valueIn(c.getValue().report()))));
      table.getColumns().add(col);
    }
    TableColumn<CompareViewModel.Row, String> time =
        new TableColumn<>(Text.get("compare.column.time"));
    time.setCellValueFactory(
        c ->
            new ReadOnlyStringWrapper(
                String.format(Locale.ROOT, "%.2f", c.getValue().result().fitSeconds())));
    TableColumn<CompareViewModel.Row, String> settings =
        new TableColumn<>(Text.get("compare.column.settings"));
    settings.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().result().settings()));
    table.getColumns().addAll(java.util.List.of(time, settings));
    return table;
  }

  private Node unseenNote() {
    Label note = new Label();
    note.setId(NodeIds.COMPARE_UNSEEN);
    note.setWrapText(true);
    note.textProperty().bind(model.unseenProperty());
    note.getStyleClass().add(Styles.MUTED);
    return note;
  }

  /** One row per label with each method's F1 as a bar; virtualized for many labels. */
  private Node bars() {
    ListView<String> list = new ListView<>(model.labels());
    list.setId(NodeIds.COMPARE_LABEL_F1);
    list.setAccessibleText(Text.get("compare.bars.title"));
    list.setAccessibleHelp(Text.get("a11y.help.table"));
    list.setPrefHeight(260);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(String label, boolean empty) {
                super.updateItem(label, empty);
                if (empty || label == null) {
                  setGraphic(null);
                  setText(null);
                  return;
                }
                int k = getIndex();
                GridPane grid = new GridPane();
                grid.setHgap(8);
                Label title = new Label(label);
                title.getStyleClass().add(Styles.CARD_TITLE);
                grid.add(title, 0, 0, 3, 1);
                StringBuilder spoken = new StringBuilder(label);
                int r = 1;
                for (CompareViewModel.Row row : model.rows()) {
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
                setText(null);
                setGraphic(grid);
                setAccessibleText(Text.get("compare.bars.spoken", spoken.toString()));
              }
            });
    model.rows().addListener((ListChangeListener<CompareViewModel.Row>) c -> list.refresh());
    return list;
  }

  /** A tab per method: what it does, in words, and in Python. */
  private Node methods() {
    TabPane tabs = new TabPane();
    tabs.setId(NodeIds.COMPARE_METHODS);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setAccessibleHelp(Text.get("a11y.help.tabs"));
    for (MethodKind kind : MethodKind.values()) {
      VBox python = new VBox(6);
      Runnable fill = () -> fillPython(python, model.python(kind));
      fill.run();
      model.rows().addListener((ListChangeListener<CompareViewModel.Row>) c -> fill.run());
      TitledPane panel = new TitledPane(Text.get("common.step.python"), python);
      panel.setId("compare-python-" + kind.cliName());
      panel.setAccessibleHelp(Text.get("a11y.help.python"));
      VBox content = new VBox(10, MarkdownView.render(lesson(kind)), panel);
      content.setPadding(new Insets(10, 0, 0, 0));
      Tab tab = new Tab(kind.displayName(), content);
      tab.setId("compare-tab-" + kind.cliName());
      tabs.getTabs().add(tab);
    }
    for (String topic : new String[] {"rare-labels", "validation"}) {
      Tab tab = new Tab(Text.get("compare.tab." + topic), MarkdownView.render(lesson(topic)));
      tab.setId("compare-tab-" + topic);
      tabs.getTabs().add(tab);
    }
    return StepLayout.card(Text.get("compare.methods.title"), tabs);
  }

  private static void fillPython(VBox holder, PythonSnippet snippet) {
    Label code = new Label(snippet.code());
    code.getStyleClass().add(Styles.CODE);
    code.setWrapText(true);
    Label out = new Label(snippet.output());
    out.getStyleClass().add(Styles.CODE_OUTPUT);
    out.setWrapText(true);
    Label outTitle = new Label(Text.get("common.step.pythonOutput"));
    outTitle.getStyleClass().add(Styles.MUTED);
    holder.getChildren().setAll(code, outTitle, out);
  }

  /** The method's lesson paragraph, {@code assets/lessons/methods/<name>.md}. */
  static String lesson(MethodKind kind) {
    return lesson(kind.cliName());
  }

  /** A lesson text of the Compare view, {@code assets/lessons/methods/<name>.md}. */
  static String lesson(String name) {
    String file = "/assets/lessons/methods/" + name + ".md";
    try (InputStream in = CompareView.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing lesson text " + file + " in the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
