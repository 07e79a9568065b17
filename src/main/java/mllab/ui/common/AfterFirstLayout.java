package mllab.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work right after a node has first been laid out, i.e. once the frame that shows it is on its
 * way to the screen. Heavy parts of a screen (a 25-column table, a question card) are built this
 * way so that the window, or a newly opened screen, appears at once and they fill in on the next
 * pulses instead of holding up the first frame.
 *
 * <p>Each scene keeps one queue: after each layout pass one piece of work runs, so however many
 * parts of a window wait for its first frame, no single pulse carries them all.
 */
public final class AfterFirstLayout {

  private static final Object QUEUE = new Object();

  /** A scene's count of pieces taken from its queue that have not finished running yet. */
  private static final Object RUNNING = new Object();

  private AfterFirstLayout() {}

  /**
   * Runs {@code action} on the FX thread after a layout pass in which {@code node} is in a scene,
   * after the work queued there before it; waits for the node to be added to a scene if it is not
   * yet.
   */
  public static void run(Node node, Runnable action) {
    if (node.getScene() != null) {
      enqueue(node.getScene(), action);
      return;
    }
    node.sceneProperty()
        .addListener(
            new ChangeListener<Scene>() {
              @Override
              public void changed(ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene != null) {
                  node.sceneProperty().removeListener(this);
                  enqueue(scene, action);
                }
              }
            });
  }

  /**
   * Runs {@code pieces} in order on the FX thread, the first after {@code node}'s first layout pass
   * and each of the others after a later one, so that every piece gets a pulse of its own and is on
   * screen before the next one is built. The list is read as the pieces come due, so pieces may
   * still be added after this call.
   */
  public static void inTurn(Node node, List<Runnable> pieces) {
    run(
        node,
        new Runnable() {
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

  /** Whether work queued for {@code scene} is still waiting for its pulse (a screen filling in). */
  public static boolean pending(Scene scene) {
    Deque<?> queue = (Deque<?>) scene.getProperties().get(QUEUE);
    int[] running = (int[]) scene.getProperties().get(RUNNING);
    return queue != null && (!queue.isEmpty() || running[0] > 0);
  }

  private static void enqueue(Scene scene, Runnable action) {
    @SuppressWarnings("unchecked")
    Deque<Runnable> queue = (Deque<Runnable>) scene.getProperties().get(QUEUE);
    if (queue == null) {
      Deque<Runnable> created = new ArrayDeque<>();
      scene.getProperties().put(QUEUE, created);
      // A piece between the queue and its turn is still pending (a piece in turn queues the next).
      int[] running = new int[1];
      scene.getProperties().put(RUNNING, running);
      queue = created;
      scene.addPostLayoutPulseListener(
          () -> {
            if (!created.isEmpty()) {
              Runnable piece = created.poll();
              running[0]++;
              // Run after the pulse: the scene is walking its listener list and its nodes now.
              FxBackgroundRunner.later(
                  () -> {
                    try {
                      piece.run();
                    } finally {
                      running[0]--;
                    }
                  });
              if (!created.isEmpty()) {
                // The next piece must not wait for an unrelated change to bring a pulse.
                Platform.requestNextPulse();
              }
            }
          });
    }
    queue.add(action);
    // A piece queued when nothing on screen changes would otherwise wait for an unrelated pulse.
    Platform.requestNextPulse();
  }
}
