package mllab.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import mllab.text.Text;

/**
 * The one place an unexpected error reaches the user: logged in full, shown as a short dialog, and
 * the app carries on (nothing the user had is thrown away).
 */
public final class ErrorDialog {

  private static final Logger LOG = Logger.getLogger("mllab");

  private ErrorDialog() {}

  /** Installs the handler for every thread; dialogs are owned by {@code owner}. */
  public static void install(Window owner) {
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, error) -> {
          LOG.log(Level.SEVERE, "Unexpected error on " + thread.getName(), error);
          Runnable show =
              () -> {
                Alert alert = new Alert(Alert.AlertType.ERROR);
                if (owner != null && owner.isShowing()) {
                  alert.initOwner(owner);
                  Dialogs.styleLike(alert, owner);
                }
                alert.setTitle(Text.get("common.unexpected.title"));
                alert.setHeaderText(Text.get("common.unexpected.header"));
                String msg = Messages.explain(error);
                alert.setContentText(Text.get("common.unexpected.content", msg));
                alert.getDialogPane().setId(NodeIds.UNEXPECTED_ERROR);
                alert.show();
              };
          if (Platform.isFxApplicationThread()) {
            show.run();
          } else {
            FxBackgroundRunner.later(show);
          }
        });
  }
}
