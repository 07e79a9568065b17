package mllab.ui.common;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first comes over its node. Each {@link Tooltip} is a popup
 * window's worth of objects and a screen has dozens of them; made up front they hold up the first
 * frame for something only a hover shows. The tooltip then appears after the usual delay.
 */
public final class LazyTooltip {

  private LazyTooltip() {}

  /**
   * Gives {@code node} a tooltip saying {@code text}, made on the first hover. The same text is its
   * accessible help at once: a screen reader (which never hovers) reads a control's tooltip as its
   * help only once the tooltip exists.
   */
  public static void install(Node node, String text) {
    install(node, text, () -> Tips.wrapping(text));
  }

  /**
   * As {@link #install(Node, String)}, with a plain tooltip: {@code new Tooltip(text)} on one line
   * however long, as a control's {@code setTooltip(new Tooltip(text))} gives.
   */
  public static void installPlain(Node node, String text) {
    install(node, text, () -> new Tooltip(text));
  }

  private static void install(Node node, String text, Supplier<Tooltip> tooltip) {
    if (node.getAccessibleHelp() == null || node.getAccessibleHelp().isEmpty()) {
      node.setAccessibleHelp(text);
    }
    onFirstHover(node, () -> Tooltip.install(node, tooltip.get()));
  }

  /**
   * Runs {@code install} (which gives {@code node} its tooltip) when the pointer first comes over
   * {@code node}: a {@link Tooltip} is a popup window's worth of objects, and made up front it
   * holds up the first frame of a screen for something only a hover shows. The tooltip then appears
   * after the usual delay.
   */
  public static void onFirstHover(Node node, Runnable install) {
    node.addEventHandler(
        MouseEvent.MOUSE_ENTERED,
        new EventHandler<MouseEvent>() {
          @Override
          public void handle(MouseEvent e) {
            node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
            install.run();
          }
        });
  }
}
