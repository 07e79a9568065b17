package mllab.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a model's test-set predictions as CSV, one row per test row: for every label the
 * probability, the threshold it was cut at, the resulting 0/1 decision and the true value.
 *
 * <p>Writing the probabilities and not only the decisions is what makes the file useful outside the
 * app: any other tool (scikit-learn, a spreadsheet) can recompute every metric from it, and the
 * ranking metrics need the probabilities anyway. The columns of label {@code L} are {@code
 * probability_L}, {@code threshold_L}, {@code predicted_L} and {@code true_L}; the first column,
 * {@value #ROW_COLUMN}, numbers the test rows from 1 in the order of the test set, as the app's
 * predictions table does, and its name says so. Probabilities are written with {@link
 * Double#toString}, so reading them back gives the identical doubles and therefore the identical
 * decisions.
 */
public final class PredictionsCsv {

  /** Unix line ends, as the dataset files the app writes. */
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  /** The first column's name: the test row's number, counted from 1 like on screen. */
  public static final String ROW_COLUMN = "test_row_from_1";

  private PredictionsCsv() {}

  /**
   * @param predictions the probabilities and truth of the test rows
   * @param thresholds the cut-offs the decisions are made with, one per label
   * @param out receives the CSV; flushed, not closed
   * @throws IllegalArgumentException when the thresholds are for another number of labels
   */
  public static void write(Predictions predictions, Thresholds thresholds, Writer out)
      throws IOException {
    Objects.requireNonNull(predictions, "predictions");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(out, "out");
    int l = predictions.labelCount();
    thresholds.requireLabelCount(l);
    CSVPrinter csv = FORMAT.builder().setHeader(header(predictions.labelNames())).get().print(out);
    List<String> row = new ArrayList<>(1 + 4 * l);
    for (int i = 0; i < predictions.rows(); i++) {
      row.clear();
      row.add(Integer.toString(i + 1));
      for (int k = 0; k < l; k++) {
        double p = predictions.probability(i, k);
        row.add(Double.toString(p));
        row.add(Double.toString(thresholds.of(k)));
        row.add(Integer.toString(thresholds.decide(k, p)));
        row.add(Integer.toString(predictions.truth(i, k)));
      }
      csv.printRecord(row);
    }
    csv.flush();
  }

  private static String[] header(List<String> labelNames) {
    List<String> h = new ArrayList<>();
    h.add(ROW_COLUMN);
    for (String label : labelNames) {
      h.add("probability_" + label);
      h.add("threshold_" + label);
      h.add("predicted_" + label);
      h.add("true_" + label);
    }
    return h.toArray(String[]::new);
  }
}
