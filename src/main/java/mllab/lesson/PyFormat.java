package mllab.lesson;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers written the way Python prints them, so that a Python panel can show, character for
 * character, what its code prints.
 *
 * <p>Python's {@code repr} of a float is the shortest decimal that reads back as the same double,
 * in plain notation from 1e-4 up to 1e16 and in scientific notation ({@code 1e-05}) outside. Java
 * 17's {@link Double#toString} is not always the shortest (it can print {@code 0.0020}), so the
 * shortest form is searched for here. The two roundings differ as well: Python's {@code round(x,
 * 3)} rounds the exact binary value half to even, while numpy's {@code np.round} multiplies by
 * 1000, rounds to an integer and divides.
 */
public final class PyFormat {

  private PyFormat() {}

  /** {@code repr(v)} for a Python float. */
  public static String repr(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return 1 / v < 0 ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(v);
    BigDecimal shortest = exact;
    for (int digits = 1; digits <= 17; digits++) {
      BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == v) {
        shortest = candidate;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent >= -4 && exponent < 16) {
      String plain = shortest.toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    String digits = shortest.unscaledValue().abs().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (v < 0 ? "-" : "")
        + mantissa
        + (exponent < 0 ? "e-" : "e+")
        + String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
  }

  /** What {@code print(round(v, decimals))} prints for a Python float {@code v}. */
  public static String round(double v, int decimals) {
    return repr(pyRound(v, decimals));
  }

  /** Python's {@code round(v, decimals)}: the exact binary value rounded half to even. */
  static double pyRound(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return v;
    }
    double r = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    return r == 0 && v < 0 ? -0.0 : r;
  }

  /** numpy's {@code np.round(v, decimals)}: scale, round half to even, scale back. */
  public static double npRound(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.rint(v * f) / f;
  }

  /** What {@code print(np.round(values, decimals).tolist())} prints. */
  public static String npRoundList(double[] values, int decimals) {
    List<String> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(repr(npRound(v, decimals)));
    }
    return "[" + String.join(", ", out) + "]";
  }

  /** What {@code print(values.tolist())} prints for integers. */
  public static String intList(int[] values) {
    List<String> out = new ArrayList<>(values.length);
    for (int v : values) {
      out.add(Integer.toString(v));
    }
    return "[" + String.join(", ", out) + "]";
  }

  /** A Python string literal for {@code s} (double quotes, escapes for quotes and backslashes). */
  public static String str(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
