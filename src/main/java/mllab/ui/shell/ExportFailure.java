package mllab.ui.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import mllab.text.Text;
import mllab.ui.common.Dialogs;
import mllab.ui.common.Messages;
import mllab.ui.common.NodeIds;

/** The dialog of an export that failed: which file or folder, and what went wrong. */
final class ExportFailure {

  private ExportFailure() {}

  static void show(Window owner, String name, Throwable error) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    Dialogs.styleLike(alert, owner);
    alert.setTitle(Text.get("shell.export.failedTitle"));
    alert.setHeaderText(Text.get("shell.export.failedHeader", name));
    alert.setContentText(Messages.explain(error));
    alert.getDialogPane().setId(NodeIds.EXPORT_ERROR);
    alert.show();
  }
}
