package mllab.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mllab.lesson.Observation;
import mllab.model.EpochReport;
import mllab.text.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a training history as CSV: one row per epoch, the learning curve a student would plot.
 *
 * <p>A learning curve is read by comparing epochs, so the file carries every number of each {@link
 * EpochReport} (training and test loss, the accuracies, each label's test loss and accuracy, the
 * chance loss the first epochs are read against) and the {@link Observation} the app shows beside
 * that epoch, computed from the history up to it. Per-label columns are named {@code loss_<label>}
 * and {@code accuracy_<label>}. Numbers are written with {@link Double#toString} so that reading
 * the file back gives the identical doubles.
 */
public final class EpochsCsv {

  /** The columns before the per-label ones, in order. */
  public static final List<String> LEADING_COLUMNS =
      List.of(
          "epoch",
          "train_loss",
          "test_loss",
          "label_accuracy",
          "subset_accuracy",
          "micro_f1",
          "train_label_accuracy",
          "chance_loss");

  /** Unix line ends, as the dataset files the app writes. */
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private EpochsCsv() {}

  /**
   * @param history the reports of consecutive epochs, oldest first
   * @param labelNames one name per label, in the reports' label order
   * @param out receives the CSV; flushed, not closed
   * @throws IllegalArgumentException when a report has a different number of labels than names
   */
  public static void write(List<EpochReport> history, List<String> labelNames, Writer out)
      throws IOException {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(out, "out");
    List<String> names = List.copyOf(labelNames);
    for (EpochReport r : history) {
      if (r.labelCount() != names.size()) {
        throw new IllegalArgumentException(
            Text.get(
                "export.epochs.labelCount",
                String.valueOf(r.epoch()),
                String.valueOf(r.labelCount()),
                String.valueOf(names.size())));
      }
    }
    CSVPrinter csv = FORMAT.builder().setHeader(header(names)).get().print(out);
    for (int e = 0; e < history.size(); e++) {
      EpochReport r = history.get(e);
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(r.epoch()));
      row.add(Double.toString(r.trainLoss()));
      row.add(Double.toString(r.testLoss()));
      row.add(Double.toString(r.labelAccuracy()));
      row.add(Double.toString(r.subsetAccuracy()));
      row.add(Double.toString(r.microF1()));
      row.add(Double.toString(r.trainLabelAccuracy()));
      row.add(Double.toString(r.chanceLoss()));
      double[] loss = r.perLabelLoss();
      double[] accuracy = r.perLabelAccuracy();
      for (int k = 0; k < names.size(); k++) {
        row.add(Double.toString(loss[k]));
        row.add(Double.toString(accuracy[k]));
      }
      // The sentence depends on the epochs before it, exactly as the app shows it live.
      row.add(Observation.of(history.subList(0, e + 1)).text());
      csv.printRecord(row);
    }
    csv.flush();
  }

  private static String[] header(List<String> labelNames) {
    List<String> h = new ArrayList<>(LEADING_COLUMNS);
    for (String label : labelNames) {
      h.add("loss_" + label);
      h.add("accuracy_" + label);
    }
    h.add("observation");
    return h.toArray(String[]::new);
  }
}
