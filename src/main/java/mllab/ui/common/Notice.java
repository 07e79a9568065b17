package mllab.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's last confirmation ("Saved session.mllab.json in …"), shown in the status bar until
 * something else is reported there. One per window; whatever finishes a user's action tells it.
 */
public final class Notice {

  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

  /** Shows {@code message}; the same message again is announced again. */
  public void show(String message) {
    text.set("");
    text.set(message);
  }

  /** Takes the confirmation away (the status bar reports something newer). */
  public void clear() {
    text.set("");
  }

  /** The confirmation shown now; empty when there is none. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }
}
