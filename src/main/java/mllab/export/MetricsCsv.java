package mllab.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the threshold-dependent metrics of a {@link MetricReport} as a two-column table, one
 * {@link Metric} per row, ready to paste into a spreadsheet or a slide.
 *
 * <p>Columns: {@code metric} (the enum's lower-case name, e.g. {@code micro_f1}, the same key
 * {@link MetricsJson} uses), {@code name} (the display name the app shows) and {@code value} (full
 * precision, {@link Double#toString}).
 */
public final class MetricsCsv {

  /** Unix line ends, as the dataset files the app writes. */
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private MetricsCsv() {}

  /** Writes one row per {@link Metric}, in the enum's order; flushes {@code out}, not closed. */
  public static void write(MetricReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    CSVPrinter csv = FORMAT.builder().setHeader("metric", "name", "value").get().print(out);
    for (Metric m : Metric.values()) {
      csv.printRecord(MetricsJson.key(m), m.displayName(), Double.toString(m.valueIn(report)));
    }
    csv.flush();
  }
}
