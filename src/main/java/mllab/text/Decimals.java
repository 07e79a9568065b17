package mllab.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers written with a fixed number of decimals the way Python, numpy and C's printf write them:
 * the exact binary value rounded half to even. Java's {@code String.format("%.3f")} rounds the
 * shortest decimal form half up instead, so 0.2025 (stored as 0.20249999…) would read 0.203 on a
 * card and 0.202 in the Python panel beside it.
 */
public final class Decimals {

  private Decimals() {}

  /**
   * {@code v} with {@code decimals} digits after the point; NaN and infinities as Java writes them.
   */
  public static String fixed(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    // -0.000 reads as a different number from 0.000 to a student; it is the same.
    return s.startsWith("-") && new BigDecimal(s).signum() == 0 ? s.substring(1) : s;
  }

  /**
   * A count of rows, features, labels or values as the window writes it, its digits grouped in
   * threes ("7,395 rows", "1,836 features"), the same on every card, note and status line. Python's
   * own output and the command line's keep their plain digits.
   */
  public static String count(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /**
   * A threshold as the screen shows it: two decimals when it lies on the slider's 0.01 grid, else
   * three (a tuned threshold is a probability such as 0.4413, not a slider step).
   */
  public static String threshold(double t) {
    String two = fixed(t, 2);
    return Double.parseDouble(two) == t ? two : fixed(t, 3);
  }

  /**
   * The fewest decimals, at least {@code min} and at most 9, at which {@code a} and {@code b} are
   * written differently, so that "0.4413 ≥ 0.4412" never reads "0.441 ≥ 0.441". Equal numbers get
   * {@code min}.
   */
  public static int distinguishing(double a, double b, int min) {
    if (a == b || !Double.isFinite(a) || !Double.isFinite(b)) {
      return min;
    }
    int d = min;
    while (d < 9 && fixed(a, d).equals(fixed(b, d))) {
      d++;
    }
    return d;
  }
}
