package mllab.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

/**
 * Whether the keyboard focus is somewhere the user types: a text field or area, an editable spinner
 * or an editable combo box. Window-wide keys (digits that jump to a step, L, Ctrl+arrows, Space in
 * the tour) must leave such keys to the field. An editable spinner keeps the focus itself while its
 * inner text field receives the keys, so testing for a text field alone misses it.
 */
public final class Typing {

  private Typing() {}

  /** Whether {@code focus} is a spinner or inside one. */
  public static boolean isSpinner(Node focus) {
    for (Node n = focus; n != null; n = n.getParent()) {
      if (n instanceof Spinner<?>) {
        return true;
      }
    }
    return false;
  }

  public static boolean isTyping(Node focus) {
    for (Node n = focus; n != null; n = n.getParent()) {
      if (n instanceof TextInputControl text && text.isEditable()) {
        return true;
      }
      if (n instanceof Spinner<?> spinner && spinner.isEditable()) {
        return true;
      }
      if (n instanceof ComboBoxBase<?> combo && combo.isEditable()) {
        return true;
      }
    }
    return false;
  }
}
