package mllab.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which labels get a curve of their own in the loss chart. */
class PerLabelCurvesTest {

  @Test
  void aFewLabelsEachGetACurve() {
    assertEquals(List.of(0, 1, 2, 3), PerLabelCurves.chosen(4, new int[] {50, 20, 9, 3}));
    assertEquals(List.of(0), PerLabelCurves.chosen(1, new int[] {7}));
  }

  @Test
  void manyLabelsShowTheFiveMostFrequentThenTheFiveRarestThatTheTestRowsCarry() {
    // Given 14 labels: label k is carried by support[k] test rows; labels 3 and 9 by none
    int[] support = {40, 2, 90, 0, 7, 55, 1, 30, 12, 0, 5, 70, 1, 20};

    // Then the five most frequent come first, most first, then the five rarest carried at least
    // once, rarest first (ties by label order)
    assertEquals(
        List.of(2, 11, 5, 0, 7, 6, 12, 1, 10, 4), PerLabelCurves.chosen(support.length, support));
  }

  @Test
  void labelsNoTestRowCarriesFillInOnlyWhenTheOthersRunOut() {
    // Given 12 labels, eight of them carried by no test row
    int[] support = {9, 0, 0, 4, 0, 0, 8, 0, 0, 1, 0, 0};

    // Then the four carried ones come first, and six of the others after them, in label order
    assertEquals(
        List.of(0, 6, 3, 9, 1, 2, 4, 5, 7, 8), PerLabelCurves.chosen(support.length, support));
  }
}
