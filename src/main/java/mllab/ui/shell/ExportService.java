package mllab.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import mllab.eval.Thresholds;
import mllab.export.Export;
import mllab.export.NotebookExport;
import mllab.lesson.PythonNotebook;
import mllab.text.Text;
import mllab.ui.common.FileDialogs;
import mllab.ui.common.Notice;
import mllab.ui.common.SessionModel;

/**
 * File → Export and Export as notebook: asks where (in the folder last used), writes in the
 * background at the thresholds in force, then confirms in the status bar which file was written
 * where; a failure is shown in a dialog naming the file or folder, and nothing is lost.
 */
public final class ExportService {

  private final SessionModel session;
  private final Supplier<Thresholds> thresholds;
  private final FileDialogs files;
  private final Notice notice;
  private final Supplier<Window> owner;

  /**
   * Whether each export has what it needs (a trained model, an epoch), as of the menu's opening.
   */
  private final Map<Export, BooleanProperty> available = new EnumMap<>(Export.class);

  ExportService(
      SessionModel session,
      Supplier<Thresholds> thresholds,
      FileDialogs files,
      Notice notice,
      Supplier<Window> owner) {
    this.session = session;
    this.thresholds = thresholds;
    this.files = files;
    this.notice = notice;
    this.owner = owner;
    for (Export kind : Export.values()) {
      available.put(kind, new SimpleBooleanProperty(true));
    }
  }

  /**
   * File → Export ▸, an item per export. Exports need a trained model; the menu says so by greying
   * out what is not there yet, checked each time it opens.
   */
  MenuEntry.Submenu exportMenu() {
    List<MenuEntry> items = new ArrayList<>();
    for (Export kind : Export.values()) {
      items.add(
          MenuEntry.item(
                  "menu-export-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                  "shell.menu.exportItem",
                  () -> choose(kind))
              .withArgs(kind.title(), kind.defaultFileName())
              .enabledWhen(available.get(kind)));
    }
    return MenuEntry.submenu("menu-export", "shell.menu.export", items)
        .onShowing(this::checkAvailable);
  }

  /** File → Export as notebook…. */
  MenuEntry.Item notebookItem() {
    return MenuEntry.item(
        "menu-export-notebook", "shell.menu.exportNotebook", this::chooseNotebookFolder);
  }

  private void checkAvailable() {
    available.forEach((kind, on) -> on.set(kind.availableIn(session.session())));
  }

  /** Asks for a file for {@code kind}, then writes it. */
  void choose(Export kind) {
    files
        .save(
            owner.get(),
            Text.get("shell.export.title", kind.title()),
            kind.defaultFileName(),
            List.of())
        .ifPresent(file -> export(kind, file));
  }

  /** Writes {@code kind} to {@code file} in the background; a failure is shown, nothing is lost. */
  public void export(Export kind, Path file) {
    Thresholds t = thresholds.get();
    Export.Snapshot snapshot = Export.Snapshot.of(session.session());
    session
        .runner()
        .run(
            () -> {
              kind.write(snapshot, t, file);
              return file;
            },
            done -> notice.show(written(kind.title(), file)),
            error -> ExportFailure.show(owner.get(), String.valueOf(file.getFileName()), error));
  }

  /** "Exported Predictions (CSV) as predictions.csv in Documents". */
  static String written(String what, Path file) {
    return Text.get(
        "shell.notice.exported",
        what,
        String.valueOf(file.getFileName()),
        FileDialogs.folderName(file));
  }

  private void chooseNotebookFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(Text.get("shell.export.notebookTitle"));
    File dir = chooser.showDialog(owner.get());
    if (dir != null) {
      exportNotebook(dir.toPath());
    }
  }

  /**
   * Writes the session as a Jupyter notebook, the same code as a script, and every file its cells
   * read into {@code dir} ({@link NotebookExport}), in the background; a failure (for instance no
   * trained model yet) is shown in a dialog naming the folder.
   */
  public void exportNotebook(Path dir) {
    PythonNotebook notebook = PythonNotebook.of(session.session(), thresholds.get());
    session
        .runner()
        .run(
            () -> {
              NotebookExport.write(notebook, dir);
              return dir;
            },
            done -> {},
            error -> ExportFailure.show(owner.get(), String.valueOf(dir.getFileName()), error));
  }
}
