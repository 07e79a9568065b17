package mllab.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * Dialogs look like the window they belong to. Zoom, theme and presentation mode live on the main
 * window's root (an inline font size, the theme's and the mode's style classes, a stylesheet with
 * the icons' size) and a dialog is a scene of its own, so without this a dialog opened at 200 %
 * zoom or in the high-contrast theme would show small text in the default look.
 */
public final class Dialogs {

  private Dialogs() {}

  /** Gives {@code dialog} its owner's stylesheets, root style classes and font size. */
  public static void styleLike(Dialog<?> dialog, Window owner) {
    if (owner == null || owner.getScene() == null) {
      return;
    }
    Scene scene = owner.getScene();
    DialogPane pane = dialog.getDialogPane();
    pane.getStylesheets().setAll(scene.getStylesheets());
    Parent root = scene.getRoot();
    for (String styleClass : root.getStyleClass()) {
      if (!pane.getStyleClass().contains(styleClass)) {
        pane.getStyleClass().add(styleClass);
      }
    }
    pane.setStyle(root.getStyle());
  }
}
