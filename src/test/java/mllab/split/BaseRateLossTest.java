package mllab.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mllab.data.Dataset;
import org.junit.jupiter.api.Test;

class BaseRateLossTest {

  @Test
  void aLabelCarriedByHalfTheRowsCostsLnTwoAndAnAbsentOneStaysFinite() {
    // Given four training rows: label a on two of them, label b on none; b is on one test row
    Dataset train =
        new Dataset(
            "train",
            new double[][] {{0}, {1}, {2}, {3}},
            new int[][] {{1, 0}, {0, 0}, {1, 0}, {0, 0}},
            List.of("x"),
            List.of("a", "b"));
    Dataset test =
        new Dataset(
            "test",
            new double[][] {{4}, {5}},
            new int[][] {{1, 1}, {0, 0}},
            List.of("x"),
            List.of("a", "b"));

    BaseRateLoss loss = BaseRateLoss.of(Split.predefined(train, test));

    // Then a costs ln 2 on both parts; b's share is held half a row (1/8) above 0, so it costs
    // -ln(7/8) per row on the training rows and, on the test rows, -ln(1/8) and -ln(7/8)
    double ln2 = Math.log(2);
    double bTrain = -Math.log(7.0 / 8);
    double bTest = (-Math.log(1.0 / 8) - Math.log(7.0 / 8)) / 2;
    assertEquals((ln2 + bTrain) / 2, loss.train(), 1e-12);
    assertEquals((ln2 + bTest) / 2, loss.test(), 1e-12);
    assertTrue(Double.isFinite(loss.test()));
  }
}
