package mllab.data.io;

import java.util.Arrays;
import java.util.List;
import mllab.text.Text;

/**
 * Applies a {@link MissingValuePolicy} to a table's assembled rows: finds where values are missing,
 * then refuses, drops those rows, or fills missing features with column means, and says what it did
 * in a warning.
 */
final class MissingValues {

  /** Marks a missing label in an assembled label row (real labels are 0 or 1). */
  static final int MISSING_LABEL = -1;

  /**
   * The rows after the policy, and the means missing features were filled with ({@code null} when
   * nothing was filled).
   */
  record Applied(double[][] x, int[][] y, double[] means) {}

  private MissingValues() {}

  /**
   * Applies {@code policy} to the rows {@code x} and {@code y} assembled from {@code table}, adding
   * a warning when rows were dropped or values filled.
   *
   * @param trainMeans feature means to impute with (from the training file), or {@code null} to use
   *     these rows' own means
   */
  static Applied apply(
      RawTable table,
      double[][] x,
      int[][] y,
      List<String> featureNames,
      List<String> labelNames,
      MissingValuePolicy policy,
      double[] trainMeans,
      List<String> warnings)
      throws DatasetFormatException {
    String file = table.fileName;
    Scan scan = Scan.of(table, y, labelNames);
    if (scan.rows == 0) {
      return new Applied(x, y, null);
    }
    switch (policy) {
      case REFUSE ->
          throw DatasetFormatException.missingValues(
              file,
              scan.firstLine,
              scan.firstColumn,
              Text.get(
                  scan.rows == 1 ? "engine.io.missingValue.one" : "engine.io.missingValue.other",
                  String.valueOf(scan.rows)),
              Text.get("engine.io.missingValue.hint"));
      case DROP_ROWS -> {
        return dropRows(file, x, y, scan, warnings);
      }
      case IMPUTE_MEAN -> {
        return imputeMeans(file, x, y, featureNames, scan, trainMeans, warnings);
      }
      default -> throw new IllegalStateException("unknown policy " + policy);
    }
  }

  /** Drops the rows with a missing value; refuses when that would leave none. */
  private static Applied dropRows(
      String file, double[][] x, int[][] y, Scan scan, List<String> warnings)
      throws DatasetFormatException {
    int n = x.length;
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (!scan.missing[i]) {
        x[kept] = x[i];
        y[kept] = y[i];
        kept++;
      }
    }
    if (kept == 0) {
      throw DatasetFormatException.ofFile(
          file,
          Text.get("engine.io.allRowsMissing", String.valueOf(n)),
          Text.get("engine.io.allRowsMissing.hint"));
    }
    warnings.add(
        Text.get(
            scan.rows == 1 ? "engine.io.droppedRows.one" : "engine.io.droppedRows.other",
            file,
            String.valueOf(scan.rows),
            String.valueOf(scan.firstLine)));
    return new Applied(Arrays.copyOf(x, kept), Arrays.copyOf(y, kept), null);
  }

  /** Fills missing features with column means; a missing label cannot be filled and is refused. */
  private static Applied imputeMeans(
      String file,
      double[][] x,
      int[][] y,
      List<String> featureNames,
      Scan scan,
      double[] trainMeans,
      List<String> warnings)
      throws DatasetFormatException {
    if (scan.firstMissingLabelLine > 0) {
      throw new DatasetFormatException(
          file,
          scan.firstMissingLabelLine,
          scan.firstMissingLabel,
          Text.get("engine.io.missingLabel"),
          Text.get("engine.io.missingLabel.hint"));
    }
    double[] means = trainMeans != null ? trainMeans : columnMeans(file, x, featureNames);
    int filled = impute(x, means);
    String values =
        Text.get(
            filled == 1 ? "engine.io.nMissingValues.one" : "engine.io.nMissingValues.other",
            String.valueOf(filled));
    String rows =
        Text.get(
            scan.rows == 1 ? "engine.io.nRows.one" : "engine.io.nRows.other",
            String.valueOf(scan.rows));
    warnings.add(Text.get("engine.io.imputed", file, values, rows, String.valueOf(scan.firstLine)));
    return new Applied(x, y, means);
  }

  /**
   * The mean of each feature column's present values.
   *
   * @throws DatasetFormatException if a column has no value at all
   */
  static double[] columnMeans(String file, double[][] x, List<String> names)
      throws DatasetFormatException {
    int d = names.size();
    int[] count = new int[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        if (!Double.isNaN(row[j])) {
          count[j]++;
        }
      }
    }
    double[] mean = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        if (!Double.isNaN(row[j])) {
          // Dividing before adding keeps the sum finite even for values near Double.MAX_VALUE.
          mean[j] += row[j] / count[j];
        }
      }
    }
    for (int j = 0; j < d; j++) {
      if (count[j] == 0) {
        throw new DatasetFormatException(
            file,
            0,
            names.get(j),
            Text.get("engine.io.emptyColumn"),
            Text.get("engine.io.emptyColumn.hint"));
      }
    }
    return mean;
  }

  private static int impute(double[][] x, double[] means) {
    int filled = 0;
    for (double[] row : x) {
      for (int j = 0; j < row.length; j++) {
        if (Double.isNaN(row[j])) {
          row[j] = means[j];
          filled++;
        }
      }
    }
    return filled;
  }

  /** Where values are missing: per row, the first one, and the count of rows. */
  private static final class Scan {
    boolean[] missing;
    int rows;
    int firstLine;
    String firstColumn;
    int firstMissingLabelLine;
    String firstMissingLabel;

    static Scan of(RawTable table, int[][] y, List<String> labels) {
      Scan s = new Scan();
      s.missing = new boolean[y.length];
      for (int i = 0; i < y.length; i++) {
        for (int c = 0; c < table.columnCount(); c++) {
          if (Double.isNaN(table.row(i)[c])) {
            s.missing[i] = true;
            if (s.rows == 0) {
              s.firstLine = table.line(i);
              s.firstColumn = table.columns.get(c).name();
            }
            s.rows++;
            break;
          }
        }
        for (int k = 0; k < y[i].length && s.firstMissingLabelLine == 0; k++) {
          if (y[i][k] == MISSING_LABEL) {
            s.firstMissingLabelLine = table.line(i);
            s.firstMissingLabel = labels.get(k);
          }
        }
      }
      return s;
    }
  }
}
