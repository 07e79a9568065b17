package mllab.persist;

import java.util.Arrays;
import java.util.Set;
import mllab.text.Text;

/**
 * The checks a session file's values go through, each naming the value's place when it fails: a
 * value the file must have ({@link #need}), one it may have ({@link #maybe}), a constant's name. A
 * value {@link SessionBinding} found of the wrong shape is refused at its own place, with the
 * problem for its depth (the list, an item, an item of an item).
 */
abstract class SessionChecks {

  static final String NOT_OBJECT = "notAnObjectAt";
  static final String NOT_TEXT = "notAText";
  static final String NOT_WHOLE = "notAWholeNumber";
  static final String NOT_NUMBER = "notANumber";
  static final String NOT_NUMBERS = "notANumberList";
  static final String NOT_BOOLEAN = "expectedBoolean";

  /** A problem at a place in the file. */
  static final class Bad extends RuntimeException {
    Bad(String path, String problem) {
      super(Text.get("engine.pipeline.session.at", path, problem));
    }
  }

  /** The places of values of the wrong shape, in file order. */
  final Set<String> broken;

  SessionChecks(Set<String> broken) {
    this.broken = broken;
  }

  <E extends Enum<E>> E constant(Class<E> type, String name, String path) {
    need(name, path, NOT_TEXT);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new Bad(
          path, message("unknownConstant", name, Arrays.toString(type.getEnumConstants())));
    }
  }

  /**
   * {@code value}, which the file must have. {@code problems} name what is wrong with the value
   * itself, with its items, and with their items.
   */
  <T> T need(T value, String path, String... problems) {
    refuseBroken(path, problems);
    if (value == null) {
      throw new Bad(path, message(problems[0]));
    }
    return value;
  }

  /** {@code value}, or {@code null} if the file does not have it; a broken one is refused. */
  <T> T maybe(T value, String path, String... problems) {
    refuseBroken(path, problems);
    return value;
  }

  /** Refuses the first broken value at {@code path} or in its lists, by its depth. */
  void refuseBroken(String path, String... problems) {
    for (String b : broken) {
      if (b.equals(path) || b.startsWith(path + "[") && below(b, path)) {
        int depth = (int) b.substring(path.length()).chars().filter(c -> c == '[').count();
        throw new Bad(b, message(problems[Math.min(depth, problems.length - 1)]));
      }
    }
  }

  boolean brokenBelow(String path) {
    return broken.stream().anyMatch(b -> b.startsWith(path + "[") && below(b, path));
  }

  /** Whether {@code place} is an item of the list at {@code path}, or an item of an item. */
  private static boolean below(String place, String path) {
    return place.substring(path.length()).matches("(\\[\\d+\\])+");
  }

  static String message(String key, String... values) {
    return Text.get("engine.pipeline.session." + key, (Object[]) values);
  }
}
