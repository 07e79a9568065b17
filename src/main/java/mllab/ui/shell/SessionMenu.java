package mllab.ui.shell;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import mllab.persist.RecentFiles;
import mllab.persist.SessionFile;
import mllab.text.Text;
import mllab.ui.common.Dialogs;
import mllab.ui.common.FileDialogs;
import mllab.ui.common.NodeIds;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The File menu's session entries: Save session… (Ctrl+S), Open session… (Ctrl+Shift+O) and Recent
 * ▸ with the last five sessions and datasets. Errors appear in a dialog naming the file.
 */
public final class SessionMenu {

  private final SessionViewModel model;
  private final Owner owner;
  private final FileDialogs files;

  /** The window that owns the file choosers and dialogs (known only once the scene is shown). */
  public interface Owner {
    Window window();
  }

  public SessionMenu(SessionViewModel model, Owner owner, FileDialogs files) {
    this.model = model;
    this.owner = owner;
    this.files = files;
    model
        .errorProperty()
        .addListener(
            (o, a, message) -> {
              if (!message.isEmpty()) {
                showError(message);
              }
            });
  }

  /** Save, Open and Recent, to put at the top of the File menu. */
  List<MenuEntry> entries() {
    return List.of(
        MenuEntry.item("menu-save-session", "shell.menu.saveSession", this::chooseSaveFile)
            .withAccelerator("Shortcut+S")
            .withIcon(() -> new FontIcon(Material2MZ.SAVE)),
        MenuEntry.item("menu-open-session", "shell.menu.openSession", this::chooseOpenFile)
            .withAccelerator("Shortcut+Shift+O")
            .withIcon(() -> new FontIcon(Material2AL.FOLDER_OPEN)),
        MenuEntry.custom("menu-recent", this::createRecent));
  }

  /** Recent ▸, which follows the list of recent files. */
  private Menu createRecent() {
    Menu recent = new Menu(Text.get("shell.menu.recent"), new FontIcon(Material2AL.HISTORY));
    recent.setId(NodeIds.MENU_RECENT);
    fillRecent(recent);
    model.recent().addListener((ListChangeListener<RecentFiles.Entry>) c -> fillRecent(recent));
    return recent;
  }

  private void fillRecent(Menu recent) {
    recent.getItems().clear();
    int n = 0;
    for (RecentFiles.Entry entry : model.recent()) {
      n++;
      String number = String.valueOf(n);
      String name = String.valueOf(entry.path().getFileName());
      MenuItem item =
          new MenuItem(
              entry.kind() == RecentFiles.Kind.SESSION
                  ? Text.get("shell.menu.recentSession", number, name)
                  : Text.get("shell.menu.recentDataset", number, name));
      item.setId("menu-recent-" + n);
      item.setMnemonicParsing(false);
      item.setOnAction(e -> model.openRecent(entry));
      recent.getItems().add(item);
    }
    if (recent.getItems().isEmpty()) {
      MenuItem none = new MenuItem(Text.get("shell.menu.recentNone"));
      none.setId(NodeIds.MENU_RECENT_NONE);
      none.setDisable(true);
      recent.getItems().add(none);
    }
  }

  private static List<FileChooser.ExtensionFilter> filters() {
    return List.of(
        new FileChooser.ExtensionFilter(
            Text.get("shell.session.filter", SessionFile.EXTENSION), "*." + SessionFile.EXTENSION),
        new FileChooser.ExtensionFilter(Text.get("shell.session.jsonFilter"), "*.json"));
  }

  private void chooseSaveFile() {
    files
        .save(
            owner.window(),
            Text.get("shell.session.saveTitle"),
            "session." + SessionFile.EXTENSION,
            filters())
        .ifPresent(model::save);
  }

  private void chooseOpenFile() {
    files
        .open(owner.window(), Text.get("shell.session.openTitle"), filters())
        .ifPresent(model::open);
  }

  private void showError(String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    Window w = owner.window();
    if (w != null) {
      alert.initOwner(w);
      Dialogs.styleLike(alert, w);
    }
    alert.setTitle(Text.get("shell.session.errorTitle"));
    alert.setHeaderText(
        model.lastFailedSave()
            ? Text.get("shell.session.notSaved")
            : Text.get("shell.session.notOpened"));
    alert.setContentText(message);
    alert.getDialogPane().setId(NodeIds.SESSION_ERROR);
    alert.show();
  }
}
