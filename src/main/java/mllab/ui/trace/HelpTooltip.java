package mllab.ui.trace;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import mllab.ui.common.LazyTooltip;

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
    LazyTooltip.onFirstHover(
        control,
        () -> {
          Tooltip tip = new Tooltip();
          tip.textProperty().bind(control.accessibleHelpProperty());
          control.setTooltip(tip);
        });
  }
}
