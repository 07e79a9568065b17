package mllab.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import mllab.lesson.PythonSnippet;
import mllab.text.Text;

/** Python code and what it prints, as every Python panel shows them (the steps', Compare's). */
public final class PythonCells {

  private PythonCells() {}

  /**
   * A snippet's Python cells as nodes: each one's code, then what it prints, or, for a cell whose
   * output the app cannot know (training from a random start), what the app got instead. The first
   * cell's nodes are {@code #python-code} and {@code #python-output} (or {@code #python-note});
   * later cells add their number ({@code #python-code-2}).
   */
  public static java.util.List<Node> nodes(PythonSnippet snippet) {
    java.util.List<Node> nodes = new java.util.ArrayList<>();
    int n = 0;
    for (mllab.lesson.PythonCell cell : snippet.cells()) {
      String suffix = ++n == 1 ? "" : "-" + n;
      Label code = new Label(cell.code());
      code.getStyleClass().add(Styles.CODE);
      code.setId("python-code" + suffix);
      code.setMaxWidth(Double.MAX_VALUE);
      Node codeBlock = CodeBlock.of(code);
      boolean printed = cell.printed().isPresent();
      Label outTitle =
          new Label(Text.get(printed ? "common.step.pythonOutput" : "common.step.pythonNote"));
      outTitle.getStyleClass().add(Styles.MUTED);
      outTitle.setWrapText(true);
      Label out = new Label(cell.shown());
      out.getStyleClass().add(printed ? Styles.CODE_OUTPUT : Styles.MUTED);
      out.setId((printed ? "python-output" : "python-note") + suffix);
      out.setWrapText(true);
      if (cell.optional()) {
        // Optional cells (PyTorch, Keras) start folded: they are long and most students skip them.
        String title = Text.get("common.step.pythonOptional", cell.library());
        TitledPane optional = new TitledPane(title, new VBox(6, codeBlock, outTitle, out));
        optional.setExpanded(false);
        optional.setId("python-optional" + suffix);
        optional.setAccessibleText(title);
        optional.setAccessibleHelp(Text.get("a11y.help.pythonOptional"));
        nodes.add(optional);
      } else {
        nodes.add(codeBlock);
        nodes.add(outTitle);
        nodes.add(out);
      }
    }
    return nodes;
  }
}
