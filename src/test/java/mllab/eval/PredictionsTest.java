package mllab.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionsTest {

  @Test
  void probabilityOutsideZeroToOneIsRejectedNamingRowAndLabel() {
    // Given a probability of 1.5 in row 1, label "sunset"
    double[][] p = {{0.1, 0.2}, {0.3, 1.5}};
    int[][] y = {{0, 1}, {1, 0}};

    // When / Then
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Predictions(p, y, List.of("beach", "sunset")));
    assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    assertTrue(e.getMessage().contains("sunset"), e.getMessage());
  }

  @Test
  void notANumberProbabilityIsRejected() {
    // Given / When / Then
    assertThrows(
        IllegalArgumentException.class,
        () -> new Predictions(new double[][] {{Double.NaN}}, new int[][] {{1}}, List.of("a")));
  }

  @Test
  void truthOtherThanZeroOrOneIsRejected() {
    // Given / When / Then
    assertThrows(
        IllegalArgumentException.class,
        () -> new Predictions(new double[][] {{0.5}}, new int[][] {{2}}, List.of("a")));
  }

  @Test
  void callersCannotChangeStoredPredictions() {
    // Given
    double[][] p = {{0.1, 0.9}};
    int[][] y = {{0, 1}};
    Predictions predictions = new Predictions(p, y, List.of("a", "b"));

    // When the caller's arrays and a returned copy are changed
    p[0][0] = 0.7;
    predictions.probabilities()[0][1] = 0.2;
    y[0][0] = 1;

    // Then the predictions still hold the original values
    assertArrayEquals(new double[] {0.1, 0.9}, predictions.probabilities()[0]);
    assertArrayEquals(new int[] {0, 1}, predictions.truth()[0]);
    assertEquals(1.0, predictions.trueCardinality());
  }

  @Test
  void thresholdOutsideZeroToOneIsRejected() {
    // Given / When / Then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Thresholds.global(1.2, 3));
    assertTrue(e.getMessage().contains("1.2"), e.getMessage());
  }
}
