package mllab.ui.rawdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Step 1's numbers read exactly as String.format writes them, whatever the value. */
class RawDataFormatTest {

  private static void same(double v, int decimals) {
    assertEquals(
        String.format(Locale.ROOT, "%." + decimals + "f", v),
        RawDataView.fmt(v, decimals),
        v + " with " + decimals + " decimals");
  }

  @Test
  void everyValueReadsAsStringFormatWritesIt() {
    double[] edges = {
      0,
      -0.0,
      0.2025,
      0.0005,
      -0.0005,
      0.00049,
      0.001,
      0.0015,
      0.9995,
      1,
      2.5,
      -2.5,
      93.8,
      93.85,
      157.2,
      119,
      0.125,
      1.0005,
      999_999.9995,
      9_999_999.5,
      1e7,
      1e-4,
      1.5e-3,
      12345.6789,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      1e20,
      -1e-9
    };
    for (double v : edges) {
      for (int d = 0; d <= 3; d++) {
        same(v, d);
      }
    }
    Random random = new Random(12);
    for (int i = 0; i < 200_000; i++) {
      double scale = Math.pow(10, random.nextInt(12) - 5);
      double v = (random.nextDouble() * 2 - 1) * scale;
      if (i % 3 == 0) {
        // Values on a decimal grid, where half-way cases lie
        v = Math.round(v * 10_000) / 10_000.0;
      }
      same(v, random.nextInt(4));
    }
  }
}
