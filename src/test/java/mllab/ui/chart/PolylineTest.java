package mllab.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PolylineTest {

  @Test
  void aThousandsOfPointsCurveKeepsItsEndsAndEveryPointStaysWithinOneStep() {
    // Given a ROC-like staircase of 3,185 points: 40 positives among 3,185 rows
    Random r = new Random(9);
    int n = 3185;
    double[] x = new double[n];
    double[] y = new double[n];
    int tp = 0;
    int fp = 0;
    for (int i = 0; i < n; i++) {
      if (r.nextInt(80) == 0 && tp < 40) {
        tp++;
      } else {
        fp++;
      }
      x[i] = fp / 3145.0;
      y[i] = tp / 40.0;
    }
    List<double[]> kept = new ArrayList<>();

    Polyline.thin(x, y, Polyline.STEP, (a, b) -> kept.add(new double[] {a, b}));

    // Then far fewer points are drawn, the ends are kept, and every point of the curve lies
    // within one step of the last kept point before it (so no move the eye could see is lost)
    assertTrue(kept.size() < n / 4, kept.size() + " of " + n);
    assertEquals(x[0], kept.get(0)[0]);
    assertEquals(y[n - 1], kept.get(kept.size() - 1)[1]);
    int k = 0;
    for (int i = 0; i < n; i++) {
      while (k + 1 < kept.size() && kept.get(k + 1)[0] <= x[i] && kept.get(k + 1)[1] <= y[i]) {
        k++;
      }
      assertTrue(
          Math.abs(x[i] - kept.get(k)[0]) < Polyline.STEP + 1e-12
              && Math.abs(y[i] - kept.get(k)[1]) < Polyline.STEP + 1e-12,
          "point " + i + " far from the drawn curve");
    }
  }

  @Test
  void shortCurvesAreDrawnWhole() {
    List<double[]> kept = new ArrayList<>();
    Polyline.thin(
        new double[] {0, 0.5, 1}, new double[] {0, 0.7, 1}, 0.002, (a, b) -> kept.add(null));
    assertEquals(3, kept.size());
    kept.clear();
    Polyline.thin(new double[] {0.3}, new double[] {0.3}, 0.002, (a, b) -> kept.add(null));
    assertEquals(1, kept.size());
  }
}
