package mllab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossTest {

  private final Loss bce = Loss.forOutput(OutputActivation.SIGMOID);
  private final Loss ce = Loss.forOutput(OutputActivation.SOFTMAX);

  @Test
  void sigmoidLossOfAnUndecidedNetworkIsLnTwoPerLabel() {
    // Given logits of 0, i.e. p = ½ for every label
    double[][] z = {{0, 0, 0}, {0, 0, 0}};
    int[][] y = {{1, 0, 1}, {0, 0, 0}};

    // When / Then the per-label mean BCE is ln 2, whatever the labels
    assertEquals(Math.log(2), bce.mean(z, y), 1e-15);
    assertEquals(Math.log(2), OutputActivation.SIGMOID.chanceLoss(3), 1e-15);
  }

  @Test
  void confidentMistakeGivesALargeFiniteLossInsteadOfInfinity() {
    // Given a logit of 800, where σ(z) rounds to exactly 1, but the label is 0
    double[][] z = {{800}};
    int[][] y = {{0}};

    // When the loss is computed
    double loss = bce.mean(z, y);

    // Then it is the exact value z, not ln(0) = −∞
    assertEquals(800.0, loss, 1e-9);
  }

  @Test
  void perLabelSigmoidLossesAverageToTheMeanLoss() {
    // Given some logits and labels
    double[][] z = {{1.5, -0.2}, {-3.0, 0.7}, {0.1, 2.2}};
    int[][] y = {{1, 0}, {0, 0}, {1, 1}};

    // When per-label losses are computed
    double[] perLabel = bce.perLabel(z, y);

    // Then their mean is the overall mean, and the well-predicted label has the smaller loss
    assertEquals(bce.mean(z, y), (perLabel[0] + perLabel[1]) / 2, 1e-12);
    assertTrue(perLabel[0] < perLabel[1]);
  }

  @Test
  void softmaxRowWithoutLabelsAddsNoLossButCountsAsARow() {
    // Given one labelled row and one row with no label at all
    double[][] z = {{2.0, 0.0}, {5.0, -5.0}};
    int[][] y = {{1, 0}, {0, 0}};

    // When the loss and its gradient are computed
    double loss = ce.mean(z, y);
    double[][] g = ce.gradient(z, y);

    // Then only the labelled row contributes, averaged over both rows
    double rowLoss = Math.log(1 + Math.exp(-2.0));
    assertEquals(rowLoss / 2, loss, 1e-12);
    assertArrayEquals(new double[] {0, 0}, g[1]);
  }

  @Test
  void softmaxTargetSplitsEvenlyBetweenTheRowsLabels() {
    // Given equal logits and a row with two of three labels
    double[][] z = {{0, 0, 0}};
    int[][] y = {{1, 1, 0}};

    // When the loss is computed per label
    double[] perLabel = ce.perLabel(z, y);

    // Then each present label carries ½ ln 3 and the absent one nothing; they sum to the mean
    assertArrayEquals(new double[] {Math.log(3) / 2, Math.log(3) / 2, 0}, perLabel, 1e-12);
    assertEquals(ce.mean(z, y), perLabel[0] + perLabel[1] + perLabel[2], 1e-12);
  }

  @Test
  void mismatchedShapesAreRejectedWithTheCounts() {
    // Given two rows of logits but one row of labels
    double[][] z = {{0}, {0}};
    int[][] y = {{1}};

    // When / Then the message names both counts
    var e = assertThrows(IllegalArgumentException.class, () -> bce.mean(z, y));
    assertTrue(e.getMessage().contains("2 rows of logits but 1 rows of labels"), e.getMessage());
  }
}
