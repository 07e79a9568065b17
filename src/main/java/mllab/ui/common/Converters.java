package mllab.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box or combo box names its items. */
public final class Converters {

  private Converters() {}

  /**
   * Names each item by {@code name} (null shows as empty); one-way, for boxes the student picks
   * from and never types in.
   */
  public static <T> StringConverter<T> shownAs(Function<T, String> name) {
    return new StringConverter<>() {
      @Override
      public String toString(T item) {
        return item == null ? "" : name.apply(item);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }
}
