package mllab.lesson;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A step's Python panel: the cells of the session's notebook that belong to the step, in order (see
 * {@link PythonNotebook}). Each runs after the cells of the steps before it.
 *
 * @param cells at least one cell
 */
public record PythonSnippet(List<PythonCell> cells) {

  public PythonSnippet {
    cells = List.copyOf(cells);
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("a Python panel needs at least one cell");
    }
  }

  /** The code of every cell, separated by a blank line. */
  public String code() {
    return cells.stream().map(PythonCell::code).collect(Collectors.joining("\n\n"));
  }

  /** What the panel shows under the first cell: its printed output, or its note. */
  public String output() {
    return cells.get(0).shown();
  }
}
