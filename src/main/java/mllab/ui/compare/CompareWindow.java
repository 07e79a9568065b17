package mllab.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import mllab.text.Text;
import mllab.ui.common.Dialogs;

/**
 * Opens the Compare view in a window of its own beside step 5, styled like the main window. It is
 * not modal: the student can keep the evaluation in view. Closing it stops a comparison that is
 * still running.
 */
public final class CompareWindow {

  private CompareWindow() {}

  /** Shows the Compare view for {@code model}; returns the dialog (already showing). */
  public static Dialog<Void> open(Window owner, CompareViewModel model) {
    Dialog<Void> dialog = new Dialog<>();
    dialog.setTitle(Text.get("compare.window.title"));
    dialog.initModality(Modality.NONE);
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setResizable(true);
    CompareView view = new CompareView(model);
    ScrollPane scroll = new ScrollPane(view.createView());
    scroll.setFitToWidth(true);
    // 70 × 51 em (980 × 720 px at 100 %): zoomed in, the window grows with its text, up to the
    // main window's size, instead of cutting its lines.
    scroll
        .prefWidthProperty()
        .bind(
            Bindings.createDoubleBinding(() -> 70 * view.font().getValue().getSize(), view.font()));
    scroll
        .prefHeightProperty()
        .bind(
            Bindings.createDoubleBinding(() -> 51 * view.font().getValue().getSize(), view.font()));
    dialog.getDialogPane().setContent(scroll);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    Dialogs.styleLike(dialog, owner);
    dialog.setOnHidden(e -> model.cancel());
    dialog.show();
    return dialog;
  }
}
