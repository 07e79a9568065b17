package mllab.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work right after a node has first been laid out, i.e. once the frame that shows it is on
 * its way to the screen. Heavy parts of a screen (a 25-column table, a question card) are built
 * this way so that the window, or a newly opened screen, appears at once and they fill in on the
 * next pulse instead of holding up the first frame.
 */
public final class AfterFirstLayout {

  private AfterFirstLayout() {}

  /**
   * Runs {@code action} on the FX thread after the first layout pass in which {@code node} is in
   * a scene; waits for the node to be added to one if it is not yet.
   */
  public static void run(Node node, Runnable action) {
    if (node.getScene() != null) {
      afterNextLayout(node.getScene(), action);
      return;
    }
    node.sceneProperty().addListener(new ChangeListener<Scene>() {
      @Override
      public void changed(
          javafx.beans.value.ObservableValue<? extends Scene> o, Scene old, Scene scene) {
        if (scene != null) {
          node.sceneProperty().removeListener(this);
          afterNextLayout(scene, action);
        }
      }
    });
  }

  /**
   * Runs {@code pieces} in order on the FX thread, the first after {@code node}'s first layout
   * pass and each of the others after the layout pass that follows the one before, so that every
   * piece gets a pulse of its own and is on screen before the next one is built. The list is read
   * as the pieces come due, so pieces may still be added after this call.
   */
  public static void inTurn(Node node, java.util.List<Runnable> pieces) {
    run(node, new Runnable() {
      private int next;

      @Override
      public void run() {
        if (next < pieces.size()) {
          pieces.get(next++).run();
        }
        if (next < pieces.size()) {
          // Off screen (another step was opened meanwhile), the rest waits for its return.
          AfterFirstLayout.run(node, this);
        }
      }
    });
  }

  private static void afterNextLayout(Scene scene, Runnable action) {
    Runnable listener = new Runnable() {
      private boolean fired;

      @Override
      public void run() {
        if (fired) {
          return;
        }
        fired = true;
        Platform.runLater(() -> {
          // Removed here, not inside the listener: the scene is walking its listener list then.
          scene.removePostLayoutPulseListener(this);
          action.run();
        });
      }
    };
    scene.addPostLayoutPulseListener(listener);
    // A piece that changed nothing on screen would otherwise wait for an unrelated pulse.
    Platform.requestNextPulse();
  }
}
