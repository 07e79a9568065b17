package mllab.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before something throws away a student's work (a trained model, tuned thresholds). The
 * dialog is keyboard-operable: Enter confirms, Escape keeps the work, Tab moves between the two
 * buttons, and both have ids ({@code <id>-confirm}, {@code <id>-cancel}) and accessible names.
 */
public final class Confirm {

  private Confirm() {}

  /**
   * Shows the question and waits for the answer.
   *
   * @param id the dialog pane's id; its buttons are {@code id-confirm} and {@code id-cancel}
   * @param body what would be lost, in plain words
   * @param confirm the words on the button that goes ahead ("Reset")
   * @param keep the words on the button that keeps the work ("Keep my work")
   * @return true when the user chose to go ahead
   */
  public static boolean ask(
      Window owner,
      String id,
      String title,
      String header,
      String body,
      String confirm,
      String keep) {
    ButtonType go = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
    ButtonType stay = new ButtonType(keep, ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, body, go, stay);
    if (owner != null) {
      alert.initOwner(owner);
      Dialogs.styleLike(alert, owner);
    }
    alert.setTitle(title);
    alert.setHeaderText(header);
    alert.getDialogPane().setId(id);
    name(alert.getDialogPane().lookupButton(go), id + "-confirm", confirm);
    name(alert.getDialogPane().lookupButton(stay), id + "-cancel", keep);
    return alert.showAndWait().orElse(stay) == go;
  }

  private static void name(Node button, String id, String text) {
    button.setId(id);
    ((Button) button).setAccessibleText(text);
    button.setAccessibleHelp(text);
  }
}
