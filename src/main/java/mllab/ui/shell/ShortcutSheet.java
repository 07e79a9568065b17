package mllab.ui.shell;

import mllab.text.Text;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The list of keyboard shortcuts (F1). */
final class ShortcutSheet {

  /** Each shortcut's keys and what it does, as keys {@code shell.shortcut.<name>.keys|.action}. */
  static final String[] SHORTCUTS = {
    "nextPrevious", "jump", "learn", "focus", "press", "slider", "openDataset", "generate",
    "session", "reset", "zoom", "fullScreen", "presentation", "advanced", "tour", "help",
    "quizChoose", "quizEnter", "quizHint",
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
    // One row per shortcut: the keys whole, the action wrapping beside them.
    javafx.scene.layout.VBox rows = new javafx.scene.layout.VBox(6);
    for (int i = 0; i < SHORTCUTS.length; i++) {
      Label key = new Label(keys(i));
      key.getStyleClass().add("number");
      key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      key.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
      Label action = new Label(action(i));
      action.setWrapText(true);
      action.setMinWidth(0);
      action.setMaxWidth(Double.MAX_VALUE);
      javafx.scene.layout.HBox.setHgrow(action, javafx.scene.layout.Priority.ALWAYS);
      rows.getChildren().add(new javafx.scene.layout.HBox(24, key, action));
    }
    // Zoomed in on a small screen the sheet is taller than the window: it scrolls.
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(rows);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    Alert sheet = new Alert(Alert.AlertType.INFORMATION);
    sheet.initOwner(owner);
    mllab.ui.common.Dialogs.styleLike(sheet, owner);
    sheet.setTitle(Text.get("shell.shortcuts.title"));
    sheet.setHeaderText(Text.get("shell.shortcuts.header"));
    sheet.getDialogPane().setContent(scroll);
    sheet.getDialogPane().setId("shortcut-sheet");
    sheet.show();
  }
}
