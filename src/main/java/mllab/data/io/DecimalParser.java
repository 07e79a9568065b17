package mllab.data.io;

/**
 * Parses plain decimals such as {@code -0.123456} or {@code 1.5e-3} straight from a line, without a
 * substring per value; benchmark files are millions of such numbers and {@link Double#parseDouble}
 * plus a substring per value dominates the load time.
 *
 * <p>The result equals {@code Double.parseDouble}: when the digits form an integer m below 2^53 and
 * the decimal exponent k is within ±22, both m and 10^k are exact doubles, and one IEEE division or
 * multiplication of exact values is correctly rounded (Clinger's fast path). Anything else — more
 * digits, a larger exponent, hex, NaN, text — returns NaN so the caller falls back to the full
 * parser and its error messages.
 */
final class DecimalParser {

  private static final long MAX_EXACT = 1L << 53;
  private static final double[] POWERS = new double[23];

  /** What {@link #exponent} returns for a malformed exponent (a real one has at most 4 digits). */
  private static final int NO_EXPONENT = Integer.MIN_VALUE;

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private DecimalParser() {}

  /** The value of {@code s[from, to)}, or NaN when the fast path does not apply. */
  static double parse(String s, int from, int to) {
    int i = from;
    if (i >= to) {
      return Double.NaN;
    }
    boolean negative = false;
    char c = s.charAt(i);
    if (c == '-' || c == '+') {
      negative = c == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean dot = false;
    for (; i < to; i++) {
      c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (mantissa >= MAX_EXACT / 10) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (dot) {
          scale--;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < to) {
      if (c != 'e' && c != 'E') {
        return Double.NaN;
      }
      int exponent = exponent(s, i + 1, to);
      if (exponent == NO_EXPONENT) {
        return Double.NaN;
      }
      scale += exponent;
    }
    if (mantissa > MAX_EXACT || scale < -22 || scale > 22) {
      return Double.NaN;
    }
    double v = scale < 0 ? mantissa / POWERS[-scale] : mantissa * POWERS[scale];
    return negative ? -v : v;
  }

  /**
   * The exponent written in {@code s[i, to)}, after the {@code e}: an optional sign and 1 to 4
   * digits; {@link #NO_EXPONENT} for anything else. Off the hot path: most values have none.
   */
  private static int exponent(String s, int i, int to) {
    boolean negativeExponent = false;
    if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negativeExponent = s.charAt(i) == '-';
      i++;
    }
    int exponent = 0;
    int expDigits = 0;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9' || expDigits > 3) {
        return NO_EXPONENT;
      }
      exponent = exponent * 10 + (c - '0');
      expDigits++;
    }
    if (expDigits == 0) {
      return NO_EXPONENT;
    }
    return negativeExponent ? -exponent : exponent;
  }
}
