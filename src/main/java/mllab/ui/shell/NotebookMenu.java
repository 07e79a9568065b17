package mllab.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import mllab.eval.Thresholds;
import mllab.export.NotebookExport;
import mllab.lesson.PythonNotebook;
import mllab.text.Text;
import mllab.ui.common.SessionModel;

/**
 * File → Export as notebook…: writes the session as a Jupyter notebook, the same code as a
 * script, and every file its cells read into a folder the student chooses ({@link
 * NotebookExport}), at the thresholds on the Evaluation screen.
 */
public final class NotebookMenu {

  private final SessionModel session;
  private final Supplier<Thresholds> thresholds;
  private final SessionMenu.Owner owner;

  NotebookMenu(SessionModel session, Supplier<Thresholds> thresholds, SessionMenu.Owner owner) {
    this.session = session;
    this.thresholds = thresholds;
    this.owner = owner;
  }

  MenuItem createItem() {
    MenuItem item = new MenuItem(Text.get("shell.menu.exportNotebook"));
    item.setId("menu-export-notebook");
    item.setOnAction(e -> chooseFolder());
    return item;
  }

  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(Text.get("shell.export.notebookTitle"));
    File dir = chooser.showDialog(owner.window());
    if (dir != null) {
      exportTo(dir.toPath());
    }
  }

  /**
   * Writes the notebook into {@code dir} in the background; a failure (for instance no trained
   * model yet) is shown in a dialog naming the folder.
   */
  public void exportTo(Path dir) {
    PythonNotebook notebook = PythonNotebook.of(session.session(), thresholds.get());
    session.runner().run(
        () -> {
          NotebookExport.write(notebook, dir);
          return dir;
        },
        done -> {},
        error -> ExportFailure.show(owner.window(), String.valueOf(dir.getFileName()), error));
  }
}
