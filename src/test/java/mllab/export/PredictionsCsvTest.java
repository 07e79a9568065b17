package mllab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class PredictionsCsvTest {

  /** Probabilities whose shortest decimal form is long, and one exactly at a threshold. */
  private static final double[][] PROBABILITIES = {
    {0.1 + 0.2, Math.nextDown(0.5), 1e-17},
    {0.5, 0.999999999999, 0.0},
  };

  private static final int[][] TRUTH = {{1, 0, 0}, {1, 1, 0}};

  private static List<CSVRecord> write(Predictions p, Thresholds t) throws IOException {
    StringWriter out = new StringWriter();
    PredictionsCsv.write(p, t, out);
    try (CSVParser parser =
        CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(out.toString()))) {
      return parser.getRecords();
    }
  }

  @Test
  void rereadProbabilitiesAreTheIdenticalDoubles() throws IOException {
    // Given probabilities with long decimal expansions
    Predictions p = new Predictions(PROBABILITIES, TRUTH, List.of("a", "b", "c"));

    // When they are written and parsed back
    List<CSVRecord> rows = write(p, Thresholds.global(0.5, 3));

    // Then every probability and truth value comes back bit for bit, row by row
    assertEquals(2, rows.size());
    for (int i = 0; i < 2; i++) {
      // numbered from 1, like the rows of the app's predictions table
      assertEquals(Integer.toString(i + 1), rows.get(i).get("test_row_from_1"));
      for (int k = 0; k < 3; k++) {
        String label = List.of("a", "b", "c").get(k);
        assertEquals(
            PROBABILITIES[i][k], Double.parseDouble(rows.get(i).get("probability_" + label)), 0);
        assertEquals(TRUTH[i][k], Integer.parseInt(rows.get(i).get("true_" + label)));
      }
    }
  }

  @Test
  void decisionsFollowEachLabelsOwnThresholdAndIncludeTheThresholdItself() throws IOException {
    // Given per-label thresholds, one of them exactly equal to a probability
    Predictions p = new Predictions(PROBABILITIES, TRUTH, List.of("a", "b", "c"));
    Thresholds t = Thresholds.perLabel(0.5, 0.9, 0.0);

    // When the predictions are written
    List<CSVRecord> rows = write(p, t);

    // Then 0.5 ≥ 0.5 predicts label a in row 1, the value just below does not, and
    // threshold 0 predicts every row
    assertEquals("0", rows.get(0).get("predicted_a"));
    assertEquals("1", rows.get(1).get("predicted_a"));
    assertEquals("0", rows.get(0).get("predicted_b"));
    assertEquals("1", rows.get(1).get("predicted_b"));
    assertEquals("1", rows.get(0).get("predicted_c"));
    assertEquals("1", rows.get(1).get("predicted_c"));
    assertEquals(0.9, Double.parseDouble(rows.get(1).get("threshold_b")), 0);
  }

  @Test
  void headerHasFourColumnsPerLabelInLabelOrder() throws IOException {
    // Given predictions for two labels
    Predictions p =
        new Predictions(
            new double[][] {{0.2, 0.7}}, new int[][] {{0, 1}}, List.of("sunset", "city"));

    // When written
    StringWriter out = new StringWriter();
    PredictionsCsv.write(p, Thresholds.global(0.5, 2), out);

    // Then the header names the row and each label's four columns
    assertTrue(
        out.toString()
            .startsWith(
                "test_row_from_1,probability_sunset,threshold_sunset,predicted_sunset,true_sunset,"
                    + "probability_city,threshold_city,predicted_city,true_city\n"),
        out.toString());
  }

  @Test
  void thresholdsForAnotherLabelCountAreRefusedWithTheFix() {
    // Given predictions for three labels and thresholds for two
    Predictions p = new Predictions(PROBABILITIES, TRUTH, List.of("a", "b", "c"));

    // When written, then the message names both counts and how to build matching thresholds
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PredictionsCsv.write(p, Thresholds.global(0.5, 2), new StringWriter()));
    assertTrue(
        e.getMessage().contains("2 labels") && e.getMessage().contains("have 3"), e.getMessage());
  }
}
