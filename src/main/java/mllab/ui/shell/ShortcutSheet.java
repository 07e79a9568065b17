package mllab.ui.shell;

import mllab.text.Text;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The list of keyboard shortcuts (F1). */
final class ShortcutSheet {

  /** Each shortcut's keys and what it does, as keys {@code shell.shortcut.<name>.keys|.action}. */
  static final String[] SHORTCUTS = {
    "nextPrevious", "jump", "learn", "focus", "press", "slider", "openDataset", "generate",
    "session", "reset", "zoom", "fullScreen", "presentation", "advanced", "tour", "help",
  };

  /** The keys of shortcut {@code i} ("Ctrl + O"). */
  static String keys(int i) {
    String key = "shell.shortcut." + SHORTCUTS[i] + ".keys";
    return Text.get(key);
  }

  /** What shortcut {@code i} does. */
  static String action(int i) {
    String key = "shell.shortcut." + SHORTCUTS[i] + ".action";
    return Text.get(key);
  }

  private ShortcutSheet() {}

  static void show(Window owner) {
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(6);
    for (int i = 0; i < SHORTCUTS.length; i++) {
      Label key = new Label(keys(i));
      key.getStyleClass().add("number");
      grid.addRow(i, key, new Label(action(i)));
    }
    Alert sheet = new Alert(Alert.AlertType.INFORMATION);
    sheet.initOwner(owner);
    mllab.ui.common.Dialogs.styleLike(sheet, owner);
    sheet.setTitle(Text.get("shell.shortcuts.title"));
    sheet.setHeaderText(Text.get("shell.shortcuts.header"));
    sheet.getDialogPane().setContent(grid);
    sheet.getDialogPane().setId("shortcut-sheet");
    sheet.show();
  }
}
