package mllab.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the nearest enclosing {@link ScrollPane} so that a node is on screen. */
public final class ScrollIntoView {

  private ScrollIntoView() {}

  /**
   * Scrolls vertically just enough to show {@code node} whole (its top when it is taller than the
   * viewport); a node already on screen, or outside any scroll pane, stays where it is.
   */
  public static void reveal(Node node) {
    ScrollPane pane = enclosing(node);
    if (pane == null || pane.getContent() == null) {
      return;
    }
    Node content = pane.getContent();
    Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double contentHeight = content.getBoundsInLocal().getHeight();
    double viewport = pane.getViewportBounds().getHeight();
    double scrollable = contentHeight - viewport;
    if (inContent == null || scrollable <= 0) {
      return;
    }
    double top = pane.getVvalue() * scrollable;
    double target = top;
    if (inContent.getMinY() < top) {
      target = inContent.getMinY();
    } else if (inContent.getMaxY() > top + viewport) {
      target = Math.min(inContent.getMinY(), inContent.getMaxY() - viewport);
    }
    pane.setVvalue(Math.max(0, Math.min(1, target / scrollable)));
  }

  private static ScrollPane enclosing(Node node) {
    for (Parent p = node.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ScrollPane s) {
        return s;
      }
    }
    return null;
  }
}
