package mllab.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import mllab.text.Text;

/** The list of keyboard shortcuts (F1). */
final class ShortcutSheet {

  static final String[][] SHORTCUTS = {
    {"Ctrl + →  /  Ctrl + ←", "Next step / previous step"},
    {"1 – 5", "Jump to a step"},
    {"L", "Learn: quiz, practice and test"},
    {"Tab  /  Shift + Tab", "Move between controls"},
    {"Space  /  Enter", "Press the focused button"},
    {"← →  on a slider", "Move the threshold (or any slider) in fine steps"},
    {"Ctrl + O", "Open a CSV or ARFF dataset"},
    {"Ctrl + G", "Generate a dataset"},
    {"Ctrl + S  /  Ctrl + Shift + O", "Save / open a session (a scenario to hand out)"},
    {"Ctrl + Shift + R", "Reset to the lesson"},
    {"Ctrl + =  /  Ctrl + −  /  Ctrl + 0", "Zoom in / out / actual size"},
    {"F11", "Full screen"},
    {Text.get("shell.presentation.keys"), Text.get("shell.presentation.shortcut")},
    {"Ctrl + Shift + H", "Hide or show the advanced controls (Python, hyper-parameters)"},
    {"Ctrl + T", "Guided tour (Space: next, Esc: leave)"},
    {"F1", "This list"},
  };

  private ShortcutSheet() {}

  static void show(Window owner) {
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(6);
    for (int i = 0; i < SHORTCUTS.length; i++) {
      Label key = new Label(SHORTCUTS[i][0]);
      key.getStyleClass().add("number");
      grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
    }
    Alert sheet = new Alert(Alert.AlertType.INFORMATION);
    sheet.initOwner(owner);
    sheet.setTitle("Keyboard shortcuts");
    sheet.setHeaderText("Everything in Multi-Label Lab works from the keyboard");
    sheet.getDialogPane().setContent(grid);
    sheet.getDialogPane().setId("shortcut-sheet");
    sheet.show();
  }
}
