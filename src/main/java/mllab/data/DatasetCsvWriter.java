package mllab.data;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import mllab.text.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a dataset as a CSV file with the labels in the last columns: a header row with the feature
 * names followed by the label names, then one row per example with the feature values and the
 * labels as {@code 0}/{@code 1}.
 *
 * <p>The output is byte-for-byte reproducible: numbers are printed from their exact binary value,
 * rounded half-even to {@value #SIGNIFICANT_DIGITS} significant digits, without exponent or
 * trailing zeros and independent of the default locale ({@code 0.25}, {@code 187.3}, {@code 12}),
 * and records end with {@code \n} on every operating system. That is what lets the repository ship
 * a generated file and a test prove it is still what the generator produces.
 */
public final class DatasetCsvWriter {

  /** Enough for every value the generator produces; more would only print binary noise. */
  public static final int SIGNIFICANT_DIGITS = 6;

  private static final MathContext PRECISION =
      new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private DatasetCsvWriter() {}

  /** Writes {@code dataset} to {@code out}; the writer is flushed, not closed. */
  public static void write(Dataset dataset, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(
        Stream.concat(dataset.featureNames().stream(), dataset.labelNames().stream()));
    int d = dataset.featureCount();
    int l = dataset.labelCount();
    String[] record = new String[d + l];
    for (int i = 0; i < dataset.rows(); i++) {
      for (int j = 0; j < d; j++) {
        record[j] = formatNumber(dataset.feature(i, j));
      }
      for (int k = 0; k < l; k++) {
        record[d + k] = Integer.toString(dataset.label(i, k));
      }
      printer.printRecord((Object[]) record);
    }
    printer.flush();
  }

  /** Writes {@code dataset} to a UTF-8 file, replacing it if it exists. */
  public static void write(Dataset dataset, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(dataset, out);
    }
  }

  /** The CSV text of {@code dataset}, exactly as {@link #write(Dataset, Path)} stores it. */
  public static String toCsv(Dataset dataset) {
    StringWriter out = new StringWriter();
    try {
      write(dataset, out);
    } catch (IOException e) {
      // A StringWriter never throws; this only satisfies the Writer signature.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A feature value as printed in the file: at most {@value #SIGNIFICANT_DIGITS} significant
   * digits, plain notation, no trailing zeros, {@code "0"} for zero (also for −0.0).
   */
  public static String formatNumber(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          Text.get("engine.data.csv.notFinite", String.valueOf(value)));
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(PRECISION).stripTrailingZeros().toPlainString();
  }
}
