package mllab.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a screen so that a part of it is in view, its top near the top of the viewport: what a
 * narration speaks about must be on screen, also zoomed in, where it starts below the fold.
 */
public final class ScrollIntoView {

  private ScrollIntoView() {}

  /** Scrolls {@code node}'s nearest scroll pane so that {@code node} shows from its top. */
  public static void reveal(Node node) {
    ScrollPane scroll = scrollPaneOf(node);
    if (scroll == null || scroll.getContent() == null) {
      return;
    }
    Parent root = node.getScene() == null ? null : node.getScene().getRoot();
    if (root != null) {
      root.applyCss();
      root.layout();
    }
    Node content = scroll.getContent();
    Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double view = scroll.getViewportBounds().getHeight();
    double range = content.getBoundsInLocal().getHeight() - view;
    if (b == null || range <= 0) {
      return;
    }
    // Already wholly in view: the screen stays where it is.
    double top = scroll.getVvalue() * range;
    if (b.getMinY() >= top && b.getMaxY() <= top + view) {
      return;
    }
    scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - MARGIN_PX) / range)));
  }

  /** Room left above the part, so its card's edge shows. */
  private static final double MARGIN_PX = 12;

  private static ScrollPane scrollPaneOf(Node node) {
    for (Node p = node.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ScrollPane s) {
        return s;
      }
    }
    return null;
  }
}
