package mllab.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;

/**
 * Whether the advanced parts of the screens (the Python panels, the hyper-parameters) are shown. An
 * instructor hides them on a projector (View → Hide advanced controls) so the lesson's main visuals
 * get the room; one switch for the whole window.
 */
public final class Advanced {

  private static final BooleanProperty SHOWN = new SimpleBooleanProperty(true);

  private Advanced() {}

  public static BooleanProperty shownProperty() {
    return SHOWN;
  }

  /** Makes {@code node} appear and take space only while advanced controls are shown. */
  public static void follow(Node node) {
    node.visibleProperty().bind(SHOWN);
    node.managedProperty().bind(SHOWN);
  }
}
