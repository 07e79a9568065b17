package mllab.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the screen so that a node a click just changed is in sight (the filtered predictions
 * table below the confusion matrices, for one), rather than leaving it below the fold.
 */
public final class ScrollIntoView {

  private ScrollIntoView() {}

  /**
   * Scrolls the nearest scroll pane around {@code node} so its top is in view, as much of it as
   * fits; nothing happens when it is already wholly in view or not in a scroll pane.
   */
  public static void scroll(Node node) {
    ScrollPane pane = enclosing(node);
    if (pane == null || pane.getContent() == null) {
      return;
    }
    pane.layout();
    Node content = pane.getContent();
    Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double contentHeight = content.getBoundsInLocal().getHeight();
    double viewport = pane.getViewportBounds().getHeight();
    double scrollable = contentHeight - viewport;
    if (scrollable <= 0) {
      return;
    }
    double top = (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin()) * scrollable;
    if (inContent.getMinY() >= top && inContent.getMaxY() <= top + viewport) {
      return;
    }
    double target = Math.max(0, Math.min(scrollable, inContent.getMinY()));
    pane.setVvalue(pane.getVmin() + target / scrollable * (pane.getVmax() - pane.getVmin()));
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
