package mllab.ui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
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

  /** The view's first text, whose font tells the window how large an em is at the zoom. */
  private final Label intro = new Label(Text.get("compare.intro"));

  /** The font of the view's text (for sizes in em). */
  javafx.beans.value.ObservableValue<javafx.scene.text.Font> font() {
    return intro.fontProperty();
  }

  public Node createView() {
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
    return CompareTable.create(model.rows());
  }

  private Node unseenNote() {
    Label note = new Label();
    note.setId(NodeIds.COMPARE_UNSEEN);
    note.setWrapText(true);
    note.textProperty().bind(model.unseenProperty());
    note.getStyleClass().add(Styles.MUTED);
    return note;
  }

  /** One row per label with each method's F1 as a bar; virtualized, searchable and sortable. */
  private Node bars() {
    return new CompareBars(model).create();
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
    holder.getChildren().setAll(mllab.ui.common.PythonCells.nodes(snippet));
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
