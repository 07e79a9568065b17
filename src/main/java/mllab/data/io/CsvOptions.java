package mllab.data.io;

import java.util.Objects;
import mllab.text.Text;

/**
 * How to read a CSV file.
 *
 * @param labels which columns are labels
 * @param delimiter the field separator ({@code ,} {@code ;} or tab), or {@code null} to detect it
 *     from the header line
 * @param missingValues what to do with empty, {@code ?} or {@code NA} cells
 */
public record CsvOptions(LabelSpec labels, Character delimiter, MissingValuePolicy missingValues) {

  public CsvOptions {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(missingValues, "missingValues");
    if (delimiter != null && delimiter != ',' && delimiter != ';' && delimiter != '\t') {
      throw new IllegalArgumentException(
          Text.get("engine.io.csv.badDelimiter", String.valueOf(delimiter)));
    }
  }

  /** Guessed labels, detected delimiter, missing values refused. */
  public static CsvOptions defaults() {
    return new CsvOptions(LabelSpec.guess(), null, MissingValuePolicy.REFUSE);
  }
}
