package mllab.ui.trace;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip made on the first hover and saying the control's accessible help, so that a
 * row whose nodes are reused for another feature or label changes its tooltip with one text. Each
 * {@link Tooltip} is a popup window's worth of objects; made up front, dozens of them hold up the
 * frame that shows the trace.
 */
final class HelpTooltip {

  private HelpTooltip() {}

  /** Gives {@code control} a tooltip, made on the first hover, that follows its accessible help. */
  static void follow(Control control) {
    control.addEventHandler(
        MouseEvent.MOUSE_ENTERED,
        new EventHandler<MouseEvent>() {
          @Override
          public void handle(MouseEvent e) {
            control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(control.accessibleHelpProperty());
            control.setTooltip(tip);
          }
        });
  }
}
