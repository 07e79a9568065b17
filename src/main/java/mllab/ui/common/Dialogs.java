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
    // Zoomed in, a dialog can outgrow the window: it stays inside it, and its content scrolls or
    // wraps instead of hanging off the screen.
    pane.setMaxSize(owner.getWidth(), owner.getHeight());
    dialog
        .showingProperty()
        .addListener(
            (o, was, showing) -> {
              if (showing) {
                keepInside(pane, owner);
                // A real window is sized and centred once more after it appears: check again then.
                FxBackgroundRunner.later(() -> keepInside(pane, owner));
              }
            });
  }

  /**
   * {@code content} in a scroll pane as wide as the dialog, as tall as the content asks when there
   * is room: kept inside a small window at a large zoom, the dialog scrolls its content instead of
   * pushing its buttons off the bottom edge.
   */
  public static javafx.scene.control.ScrollPane scrolling(javafx.scene.Node content) {
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
    // As wide as the dialog while the content fits; wider content (a large zoom in a small window)
    // scrolls sideways instead of being cut at the dialog's edge.
    scroll
        .fitToWidthProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> content.minWidth(-1) <= scroll.getViewportBounds().getWidth(),
                scroll.viewportBoundsProperty()));
    scroll.getStyleClass().add("edge-to-edge");
    return scroll;
  }

  private static void keepInside(DialogPane pane, Window owner) {
    // A dialog closed before this runs (an import whose file failed to read) has nothing to place.
    if (pane.getScene() == null || pane.getScene().getWindow() == null) {
      return;
    }
    Window dialog = pane.getScene().getWindow();
    // As wide as its content asks (a window sized before the zoom's fonts applied is too narrow),
    // never wider than the owner.
    dialog.setWidth(Math.min(Math.max(dialog.getWidth(), pane.prefWidth(-1)), owner.getWidth()));
    // As tall as its content asks too, never taller than the owner. A real window reports a
    // passing height while it appears (116 px under GTK); taken as it was, a too tall dialog was
    // then shrunk to that strip for good.
    dialog.setHeight(
        Math.min(Math.max(dialog.getHeight(), pane.prefHeight(-1)), owner.getHeight()));
    dialog.setX(
        Math.max(
            owner.getX(),
            Math.min(dialog.getX(), owner.getX() + owner.getWidth() - dialog.getWidth())));
    dialog.setY(
        Math.max(
            owner.getY(),
            Math.min(dialog.getY(), owner.getY() + owner.getHeight() - dialog.getHeight())));
  }
}
