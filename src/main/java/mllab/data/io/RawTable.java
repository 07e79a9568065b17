package mllab.data.io;

import java.util.Arrays;
import java.util.List;

/**
 * A file's columns and cells after parsing, before anything is called a label or a feature. Both
 * readers produce one, so the rules about labels and missing values live in one place ({@link
 * TableAssembler}) and cannot drift apart between CSV and ARFF.
 *
 * <p>A numeric cell holds its value; a nominal cell holds the index of its category; a missing cell
 * holds NaN (the readers reject a literal NaN, so NaN can only mean "missing").
 */
final class RawTable {

  /** A column; {@code categories} is empty for a numeric one. */
  record Column(String name, List<String> categories) {
    Column {
      categories = List.copyOf(categories);
    }

    boolean nominal() {
      return !categories.isEmpty();
    }
  }

  final String fileName;
  final List<Column> columns;
  private double[][] rows = new double[64][];
  private int[] lines = new int[64];
  private int size;

  RawTable(String fileName, List<Column> columns) {
    this.fileName = fileName;
    this.columns = List.copyOf(columns);
  }

  void add(double[] row, int line) {
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, size * 2);
      lines = Arrays.copyOf(lines, size * 2);
    }
    rows[size] = row;
    lines[size] = line;
    size++;
  }

  int rowCount() {
    return size;
  }

  double[] row(int i) {
    return rows[i];
  }

  /** The 1-based line of the file where row {@code i} starts. */
  int line(int i) {
    return lines[i];
  }

  int columnCount() {
    return columns.size();
  }
}
