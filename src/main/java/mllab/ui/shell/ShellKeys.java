package mllab.ui.shell;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import mllab.ui.common.Typing;
import mllab.ui.tour.TourViewModel;

/**
 * The window's own keys besides the menus' shortcuts: "?" for the shortcut sheet, Space and Escape
 * while the tour runs, and the other keys people press to zoom.
 */
final class ShellKeys {

  private ShellKeys() {}

  /**
   * "?" opens the shortcut sheet like F1. A handler, not a filter: a text field consumes the "?" a
   * student types into it, so only a "?" typed elsewhere reaches the scene.
   */
  static void installHelpKey(Scene scene) {
    scene.addEventHandler(
        KeyEvent.KEY_TYPED,
        e -> {
          if ("?".equals(e.getCharacter()) && !e.isShortcutDown()) {
            ShortcutSheet.show(scene.getWindow());
            e.consume();
          }
        });
  }

  /**
   * While the tour runs, Space advances and Escape leaves, wherever the focus is. Two exceptions
   * for Space: in a field being typed in it is a character, and on the tour's own buttons (Next,
   * Leave) it presses the button.
   */
  static void installTourKeys(Scene scene, TourViewModel tour) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (!tour.activeProperty().get()) {
            return;
          }
          Node focus = scene.getFocusOwner();
          if (e.getCode() == KeyCode.SPACE && (Typing.isTyping(focus) || inTourBar(focus))) {
            return;
          }
          if (e.getCode() == KeyCode.SPACE) {
            tour.next();
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            tour.leave();
            e.consume();
          }
        });
  }

  /**
   * The other keys people press to zoom, besides the menu's Ctrl+= / Ctrl+− / Ctrl+0: Ctrl++ (Shift
   * and =), the '+' key of keyboards that have one, and the keypad's +, − and 0.
   */
  static void installZoomKeys(Scene scene, AppearanceViewModel appearance) {
    Map<KeyCombination, Runnable> keys = scene.getAccelerators();
    KeyCombination.Modifier shortcut = KeyCombination.SHORTCUT_DOWN;
    Runnable in = appearance::zoomIn;
    keys.put(new KeyCodeCombination(KeyCode.EQUALS, shortcut, KeyCombination.SHIFT_DOWN), in);
    // Some keyboards report Ctrl++ as PLUS with Shift held, others without.
    keys.put(new KeyCodeCombination(KeyCode.PLUS, shortcut, KeyCombination.SHIFT_ANY), in);
    keys.put(new KeyCodeCombination(KeyCode.ADD, shortcut), in);
    keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, shortcut), appearance::zoomOut);
    keys.put(new KeyCodeCombination(KeyCode.NUMPAD0, shortcut), appearance::resetZoom);
  }

  private static boolean inTourBar(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if ("tour-bar".equals(n.getId())) {
        return true;
      }
    }
    return false;
  }
}
