package mllab.data.io;

import java.util.Objects;
import mllab.text.Text;

/**
 * Everything {@link DatasetReader} needs besides the file.
 *
 * @param labels which columns are labels; {@link LabelSpec.Guess} also looks for a MULAN {@code
 *     .xml} next to an ARFF file
 * @param csvDelimiter the CSV separator, or {@code null} to detect it
 * @param missingValues what to do with missing values
 * @param maxBytes files larger than this are refused before reading
 * @param progress told how many bytes have been read
 */
public record ReadOptions(
    LabelSpec labels,
    Character csvDelimiter,
    MissingValuePolicy missingValues,
    long maxBytes,
    ReadProgress progress) {

  /** 512 MB: far above any benchmark set, far below what would freeze a laptop. */
  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

  public ReadOptions {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(missingValues, "missingValues");
    Objects.requireNonNull(progress, "progress");
    if (maxBytes < 1) {
      throw new IllegalArgumentException(
          Text.get("engine.io.badMaxBytes", String.valueOf(maxBytes)));
    }
  }

  public static ReadOptions defaults() {
    return new ReadOptions(
        LabelSpec.guess(), null, MissingValuePolicy.REFUSE, DEFAULT_MAX_BYTES, ReadProgress.NONE);
  }

  public ReadOptions withLabels(LabelSpec newLabels) {
    return new ReadOptions(newLabels, csvDelimiter, missingValues, maxBytes, progress);
  }

  public ReadOptions withCsvDelimiter(Character delimiter) {
    return new ReadOptions(labels, delimiter, missingValues, maxBytes, progress);
  }

  public ReadOptions withMissingValues(MissingValuePolicy policy) {
    return new ReadOptions(labels, csvDelimiter, policy, maxBytes, progress);
  }

  public ReadOptions withMaxBytes(long limit) {
    return new ReadOptions(labels, csvDelimiter, missingValues, limit, progress);
  }

  public ReadOptions withProgress(ReadProgress listener) {
    return new ReadOptions(labels, csvDelimiter, missingValues, maxBytes, listener);
  }
}
