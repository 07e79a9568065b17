package mllab.quiz;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a student types it into a numeric question: a decimal ({@code 0.25}, {@code 0,25},
 * {@code .25}), a fraction ({@code 1/3}) or a percentage ({@code 33%}, read as 0.33). Students
 * write a Hamming loss of two wrong decisions in six as "2/6" as naturally as "0.333"; refusing
 * that would mark a right answer as unreadable.
 */
public final class TypedNumber {

  private static final String DECIMAL = "[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
  private static final Pattern FRACTION =
      Pattern.compile("(" + DECIMAL + ")\\s*/\\s*(" + DECIMAL + ")");
  private static final Pattern PERCENT = Pattern.compile("(" + DECIMAL + ")\\s*%");
  private static final Pattern PLAIN = Pattern.compile(DECIMAL);

  private TypedNumber() {}

  /** The value of {@code text}; empty for anything that is not one finite number. */
  public static Optional<Double> parse(String text) {
    String t = text == null ? "" : text.strip().replace(',', '.');
    Matcher m;
    double value;
    if ((m = FRACTION.matcher(t)).matches()) {
      double denominator = Double.parseDouble(m.group(2));
      if (denominator == 0) {
        return Optional.empty();
      }
      value = Double.parseDouble(m.group(1)) / denominator;
    } else if ((m = PERCENT.matcher(t)).matches()) {
      value = Double.parseDouble(m.group(1)) / 100;
    } else if (PLAIN.matcher(t).matches()) {
      value = Double.parseDouble(t);
    } else {
      return Optional.empty();
    }
    return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
  }
}
