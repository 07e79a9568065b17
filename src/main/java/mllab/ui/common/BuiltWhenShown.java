package mllab.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A part of the window that is hidden most of the time (the guided tour's bar, the progress of a
 * dataset being read) and is made the first time it is to be shown, so that the window's first
 * frame neither builds nor styles it.
 */
public final class BuiltWhenShown {

  private BuiltWhenShown() {}

  /**
   * A holder that takes no room while {@code shown} is false and holds {@code content}, made on the
   * first change to true, from then on.
   */
  public static Node of(ObservableValue<Boolean> shown, Supplier<Node> content) {
    StackPane holder = new StackPane();
    holder.visibleProperty().bind(shown);
    holder.managedProperty().bind(shown);
    Once.when(shown, true, () -> holder.getChildren().add(content.get()));
    return holder;
  }
}
