package mllab.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import mllab.text.Text;
import mllab.ui.common.Dialogs;
import mllab.ui.common.NodeIds;

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
    VBox rows = new VBox(6);
    for (int i = 0; i < SHORTCUTS.length; i++) {
      Label key = new Label(keys(i));
      key.getStyleClass().add("number");
      key.setMinWidth(Region.USE_PREF_SIZE);
      key.setPrefWidth(Region.USE_COMPUTED_SIZE);
      Label action = new Label(action(i));
      action.setWrapText(true);
      action.setMinWidth(0);
      action.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(action, Priority.ALWAYS);
      rows.getChildren().add(new HBox(24, key, action));
    }
    // Zoomed in on a small screen the sheet is taller than the window: it scrolls.
    ScrollPane scroll = new ScrollPane(rows);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    Alert sheet = new Alert(Alert.AlertType.INFORMATION);
    sheet.initOwner(owner);
    Dialogs.styleLike(sheet, owner);
    sheet.setTitle(Text.get("shell.shortcuts.title"));
    sheet.setHeaderText(Text.get("shell.shortcuts.header"));
    sheet.getDialogPane().setContent(scroll);
    sheet.getDialogPane().setId(NodeIds.SHORTCUT_SHEET);
    sheet.show();
  }
}
