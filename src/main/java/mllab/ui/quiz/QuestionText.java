package mllab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mllab.text.Text;
import mllab.ui.common.MarkdownView;
import mllab.ui.common.Styles;

/**
 * Renders a question's Markdown: {@link MarkdownView} for everything except pipe tables, which it
 * does not support and which question prompts use (the confusion counts of a test question, the
 * probabilities in questions generated from a run). A table becomes a grid with a bold header row
 * and the column alignment written in its separator line ({@code ---:} is right-aligned).
 */
final class QuestionText {

  /** "|---|---:|", the line under a table's header. */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");

  private QuestionText() {}

  /** A box with the rendered text. */
  static VBox render(String markdown) {
    VBox box = new VBox(8);
    List<String> lines = markdown.lines().toList();
    StringBuilder text = new StringBuilder();
    boolean inFence = false;
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.strip().startsWith("```")) {
        inFence = !inFence;
      }
      if (!inFence
          && isRow(line)
          && i + 1 < lines.size()
          && SEPARATOR.matcher(lines.get(i + 1).strip()).matches()) {
        flush(text, box);
        int end = i + 2;
        while (end < lines.size() && isRow(lines.get(end))) {
          end++;
        }
        box.getChildren().add(table(lines.get(i), lines.get(i + 1), lines.subList(i + 2, end)));
        i = end;
      } else {
        text.append(line).append('\n');
        i++;
      }
    }
    flush(text, box);
    return box;
  }

  private static boolean isRow(String line) {
    return line.strip().startsWith("|");
  }

  private static void flush(StringBuilder text, VBox box) {
    if (!text.toString().isBlank()) {
      box.getChildren().add(MarkdownView.render(text.toString()));
    }
    text.setLength(0);
  }

  private static Node table(String header, String separator, List<String> rows) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add(Styles.QUIZ_TABLE);
    grid.setMaxWidth(Region.USE_PREF_SIZE);
    List<String> heads = cells(header);
    List<String> aligns = cells(separator);
    for (int c = 0; c < heads.size(); c++) {
      ColumnConstraints col = new ColumnConstraints();
      boolean right = c < aligns.size() && aligns.get(c).endsWith(":");
      col.setHalignment(right ? HPos.RIGHT : HPos.LEFT);
      grid.getColumnConstraints().add(col);
    }
    List<String> spoken = new ArrayList<>();
    spoken.add(Text.get("learn.table.spokenColumns", String.join(", ", heads)));
    addRow(grid, 0, heads, true);
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = cells(rows.get(r));
      addRow(grid, r + 1, cells, false);
      spoken.add(
          Text.get("learn.table.spokenRow", String.valueOf(r + 1), String.join(", ", cells)));
    }
    grid.setAccessibleText(String.join(" ", spoken).replace("*", "").strip());
    return grid;
  }

  private static void addRow(GridPane grid, int row, List<String> cells, boolean header) {
    for (int c = 0; c < cells.size(); c++) {
      VBox text = MarkdownView.render(header ? "**" + cells.get(c) + "**" : cells.get(c));
      // Shrunk to its text inside a full-width cell, so the column's alignment shows.
      text.setMaxWidth(Region.USE_PREF_SIZE);
      StackPane cell = new StackPane(text);
      boolean right =
          c < grid.getColumnConstraints().size()
              && grid.getColumnConstraints().get(c).getHalignment() == HPos.RIGHT;
      StackPane.setAlignment(text, right ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
      cell.getStyleClass().add(header ? Styles.QUIZ_TABLE_HEAD : Styles.QUIZ_TABLE_CELL);
      grid.add(cell, c, row);
    }
  }

  /** The cells of "| a | b |" without the outer pipes. */
  private static List<String> cells(String line) {
    String s = line.strip();
    if (s.startsWith("|")) {
      s = s.substring(1);
    }
    if (s.endsWith("|")) {
      s = s.substring(0, s.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : s.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
