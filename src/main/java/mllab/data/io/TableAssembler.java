package mllab.data.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mllab.data.Dataset;
import mllab.text.Text;

/**
 * Turns a parsed table into a {@link Dataset}: picks the label columns, checks that labels are 0/1,
 * expands nominal features into one-hot columns, and applies the missing-value policy.
 *
 * <p>One-hot encoding: a nominal feature such as {@code colour ∈ {red, green}} cannot be fed to a
 * network as 0, 1, 2 — that would claim green lies between red and blue. Instead each category gets
 * its own 0/1 column ({@code colour=red}, {@code colour=green}). A nominal attribute whose
 * categories are exactly 0 and 1 already is such a column and stays one (medical's 1449 words).
 * Missing values are {@link MissingValues}' job.
 */
final class TableAssembler {

  /** The dataset, what the user should be told, and the means used to fill missing features. */
  record Assembled(Dataset dataset, List<String> warnings, double[] featureMeans) {}

  private TableAssembler() {}

  /**
   * @param trainMeans feature means to impute with (from the training file), or {@code null} to use
   *     this table's own means
   */
  static Assembled assemble(
      RawTable table, LabelSpec labels, MissingValuePolicy policy, double[] trainMeans)
      throws DatasetFormatException {
    String file = table.fileName;
    requireRows(table);
    boolean[] isLabel = labelColumns(table, labels);
    List<String> labelNames = new ArrayList<>();
    List<Integer> labelIndex = new ArrayList<>();
    List<String> featureNames = new ArrayList<>();
    List<Integer> featureIndex = new ArrayList<>();
    for (int c = 0; c < table.columnCount(); c++) {
      RawTable.Column col = table.columns.get(c);
      if (isLabel[c]) {
        requireBinaryCategories(file, col);
        labelNames.add(col.name());
        labelIndex.add(c);
      } else if (col.nominal() && !isBinary(col.categories())) {
        for (String category : col.categories()) {
          featureNames.add(col.name() + "=" + category);
        }
        featureIndex.add(c);
      } else {
        featureNames.add(col.name());
        featureIndex.add(c);
      }
    }
    if (featureNames.isEmpty()) {
      throw DatasetFormatException.ofFile(
          file,
          Text.get("engine.io.noFeatures", String.valueOf(table.columnCount())),
          Text.get("engine.io.noFeatures.hint"));
    }
    requireDistinct(file, featureNames, labelNames);

    int n = table.rowCount();
    double[][] x = new double[n][];
    int[][] y = new int[n][];
    FeatureLayout layout = FeatureLayout.of(table, featureIndex);
    for (int i = 0; i < n; i++) {
      double[] raw = table.row(i);
      x[i] = layout.apply(raw, featureNames.size());
      y[i] = labelRow(table, i, raw, labelIndex);
    }

    List<String> warnings = new ArrayList<>();
    MissingValues.Applied applied =
        MissingValues.apply(table, x, y, featureNames, labelNames, policy, trainMeans, warnings);
    x = applied.x();
    y = applied.y();
    double[] means = applied.means();
    checkLabels(file, y, labelNames, warnings);
    if (means == null) {
      means = trainMeans != null ? trainMeans : MissingValues.columnMeans(file, x, featureNames);
    }
    return new Assembled(new Dataset(file, x, y, featureNames, labelNames), warnings, means);
  }

  /**
   * CSV's guess: the trailing run of columns that hold only 0 and 1 (missing cells aside). A file
   * whose columns are all 0/1, or whose last column is not, cannot be guessed.
   */
  static LabelSpec trailingBinaryColumns(RawTable table) throws DatasetFormatException {
    requireRows(table);
    int c = table.columnCount();
    int run = 0;
    while (run < c && onlyZeroOne(table, c - 1 - run)) {
      run++;
    }
    if (run == 0) {
      throw DatasetFormatException.ofFile(
          table.fileName,
          Text.get("engine.io.noTrailingLabels", table.columns.get(c - 1).name()),
          Text.get("engine.io.noTrailingLabels.hint"));
    }
    if (run == c) {
      throw DatasetFormatException.ofFile(
          table.fileName, Text.get("engine.io.allBinary"), Text.get("engine.io.allBinary.hint"));
    }
    return LabelSpec.last(run);
  }

  private static void requireRows(RawTable table) throws DatasetFormatException {
    if (table.rowCount() == 0) {
      throw DatasetFormatException.ofFile(
          table.fileName, Text.get("engine.io.noRows"), Text.get("engine.io.noRows.hint"));
    }
  }

  private static boolean onlyZeroOne(RawTable table, int column) {
    if (table.columns.get(column).nominal()) {
      return isBinary(table.columns.get(column).categories());
    }
    boolean any = false;
    for (int i = 0; i < table.rowCount(); i++) {
      double v = table.row(i)[column];
      if (v == 0 || v == 1) {
        any = true;
      } else if (!Double.isNaN(v)) {
        return false;
      }
    }
    return any;
  }

  private static boolean[] labelColumns(RawTable table, LabelSpec spec)
      throws DatasetFormatException {
    int c = table.columnCount();
    boolean[] isLabel = new boolean[c];
    if (spec instanceof LabelSpec.Named named) {
      Map<String, Integer> byName = new HashMap<>();
      for (int i = 0; i < c; i++) {
        byName.put(table.columns.get(i).name(), i);
      }
      for (String name : named.names()) {
        Integer at = byName.get(name);
        if (at == null) {
          throw DatasetFormatException.ofFile(
              table.fileName,
              Text.get("engine.io.unknownLabel", name, named.source()),
              Text.get("engine.io.unknownLabel.hint"));
        }
        isLabel[at] = true;
      }
    } else if (spec instanceof LabelSpec.First || spec instanceof LabelSpec.Last) {
      boolean first = spec instanceof LabelSpec.First;
      int count = first ? ((LabelSpec.First) spec).count() : ((LabelSpec.Last) spec).count();
      if (count >= c) {
        throw DatasetFormatException.ofFile(
            table.fileName,
            Text.get("engine.io.tooFewColumns", String.valueOf(c), String.valueOf(count)),
            Text.get("engine.io.tooFewColumns.hint"));
      }
      for (int i = 0; i < count; i++) {
        isLabel[first ? i : c - 1 - i] = true;
      }
    } else {
      throw new IllegalStateException("the reader resolves " + spec + " before assembling");
    }
    return isLabel;
  }

  private static void requireBinaryCategories(String file, RawTable.Column col)
      throws DatasetFormatException {
    if (col.nominal() && !isBinary(col.categories())) {
      throw new DatasetFormatException(
          file,
          0,
          col.name(),
          Text.get("engine.io.nonBinaryCategories", "{" + String.join(",", col.categories()) + "}"),
          Text.get("engine.io.checkLabels.hint"));
    }
  }

  /** Categories that are exactly "0" and "1" (in either order), or one of them alone. */
  private static boolean isBinary(List<String> categories) {
    if (categories.isEmpty() || categories.size() > 2) {
      return false;
    }
    for (String s : categories) {
      if (!s.equals("0") && !s.equals("1")) {
        return false;
      }
    }
    return true;
  }

  /**
   * How each raw feature column becomes output columns, worked out once per file rather than per
   * cell: {@code width} is 1 for numeric and 0/1 nominal columns, the category count for one-hot.
   */
  private record FeatureLayout(int[] source, int[] width, double[][] categoryValue) {

    static FeatureLayout of(RawTable table, List<Integer> featureIndex) {
      int n = featureIndex.size();
      int[] source = new int[n];
      int[] width = new int[n];
      double[][] categoryValue = new double[n][];
      for (int f = 0; f < n; f++) {
        RawTable.Column col = table.columns.get(featureIndex.get(f));
        source[f] = featureIndex.get(f);
        width[f] = col.nominal() && !isBinary(col.categories()) ? col.categories().size() : 1;
        if (col.nominal() && width[f] == 1) {
          categoryValue[f] = col.categories().stream().mapToDouble(Double::parseDouble).toArray();
        }
      }
      return new FeatureLayout(source, width, categoryValue);
    }

    double[] apply(double[] raw, int outputWidth) {
      double[] out = new double[outputWidth];
      int o = 0;
      for (int f = 0; f < source.length; f++) {
        double v = raw[source[f]];
        if (width[f] == 1) {
          out[o++] = categoryValue[f] == null || Double.isNaN(v) ? v : categoryValue[f][(int) v];
        } else {
          for (int j = 0; j < width[f]; j++) {
            out[o + j] = Double.isNaN(v) ? Double.NaN : (j == (int) v ? 1 : 0);
          }
          o += width[f];
        }
      }
      return out;
    }
  }

  private static int[] labelRow(RawTable table, int i, double[] raw, List<Integer> labelIndex)
      throws DatasetFormatException {
    int[] out = new int[labelIndex.size()];
    for (int k = 0; k < out.length; k++) {
      int c = labelIndex.get(k);
      RawTable.Column col = table.columns.get(c);
      double v = raw[c];
      if (Double.isNaN(v)) {
        out[k] = MissingValues.MISSING_LABEL;
      } else if (col.nominal()) {
        out[k] = Integer.parseInt(col.categories().get((int) v));
      } else if (v == 0 || v == 1) {
        out[k] = (int) v;
      } else {
        throw DatasetFormatException.of(
            table.fileName,
            table.line(i),
            col.name(),
            Text.get("engine.io.nonBinaryLabel", formatNumber(v)),
            Text.get("engine.io.zeroOrOne"),
            formatNumber(v),
            Text.get("engine.io.checkLabels.hint"));
      }
    }
    return out;
  }

  static String formatNumber(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static void requireDistinct(String file, List<String> features, List<String> labels)
      throws DatasetFormatException {
    Set<String> seen = new HashSet<>();
    for (List<String> names : List.of(features, labels)) {
      for (String name : names) {
        if (!seen.add(name)) {
          throw DatasetFormatException.ofFile(
              file,
              Text.get("engine.io.duplicateColumn", name),
              Text.get("engine.io.duplicateColumn.hint"));
        }
      }
    }
  }

  private static void checkLabels(String file, int[][] y, List<String> names, List<String> warnings)
      throws DatasetFormatException {
    int l = names.size();
    int[] positives = new int[l];
    int rowsWithLabel = 0;
    for (int[] row : y) {
      boolean any = false;
      for (int k = 0; k < l; k++) {
        positives[k] += row[k];
        any |= row[k] == 1;
      }
      if (any) {
        rowsWithLabel++;
      }
    }
    if (rowsWithLabel == 0) {
      throw DatasetFormatException.ofFile(
          file,
          Text.get("engine.io.noPositiveRow", String.valueOf(l), String.valueOf(y.length)),
          Text.get("engine.io.checkLabels.hint"));
    }
    for (int k = 0; k < l; k++) {
      if (positives[k] == 0) {
        warnings.add(Text.get("engine.io.labelAlwaysZero", file, names.get(k)));
      } else if (positives[k] == y.length) {
        warnings.add(Text.get("engine.io.labelAlwaysOne", file, names.get(k)));
      }
    }
  }
}
