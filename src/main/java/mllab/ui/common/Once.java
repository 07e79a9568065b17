package mllab.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Work that waits for a boolean to take a value, and then runs once. */
public final class Once {

  private Once() {}

  /**
   * Runs {@code action} now if {@code value} is {@code wanted}, else the first time it becomes so.
   */
  public static void when(ObservableValue<Boolean> value, boolean wanted, Runnable action) {
    if (Boolean.valueOf(wanted).equals(value.getValue())) {
      action.run();
      return;
    }
    value.addListener(
        new ChangeListener<Boolean>() {
          @Override
          public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
            if (Boolean.valueOf(wanted).equals(is)) {
              value.removeListener(this);
              action.run();
            }
          }
        });
  }
}
