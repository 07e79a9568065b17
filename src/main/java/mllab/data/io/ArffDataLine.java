package mllab.data.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mllab.text.Text;

/**
 * Parses the rows after an ARFF file's {@code @data} line, dense or sparse, against the declared
 * attributes: numbers as they are, nominal values as the index of their declared value, {@code ?}
 * as missing.
 */
final class ArffDataLine {

  private final String fileName;
  private final List<RawTable.Column> columns;
  private final List<Map<String, Integer>> categoryIndex;

  ArffDataLine(
      String fileName, List<RawTable.Column> columns, List<Map<String, Integer>> categoryIndex) {
    this.fileName = fileName;
    this.columns = columns;
    this.categoryIndex = categoryIndex;
  }

  double[] parse(String s, int line) throws DatasetFormatException {
    return s.startsWith("{") ? sparse(s, line) : dense(s, line);
  }

  private double[] dense(String s, int line) throws DatasetFormatException {
    if (s.indexOf('\'') < 0 && s.indexOf('"') < 0) {
      double[] row = unquotedDense(s, line);
      if (row != null) {
        return row;
      }
    }
    List<String> fields = ArffFields.split(s, fileName, line);
    if (fields.size() != columns.size()) {
      throw DatasetFormatException.expected(
          fileName,
          line,
          null,
          Text.get("engine.io.nValues", String.valueOf(columns.size())),
          String.valueOf(fields.size()),
          Text.get("engine.io.arff.rowWidth.hint"));
    }
    double[] row = new double[fields.size()];
    for (int c = 0; c < row.length; c++) {
      row[c] = value(fields.get(c), c, line);
    }
    return row;
  }

  /**
   * The common case, a line without quotes, read in place; null when the value count is wrong so
   * that the general path reports it.
   */
  private double[] unquotedDense(String s, int line) throws DatasetFormatException {
    double[] row = new double[columns.size()];
    int start = 0;
    for (int c = 0; c < row.length; c++) {
      int end = s.indexOf(',', start);
      if (end < 0) {
        if (c != row.length - 1) {
          return null;
        }
        end = s.length();
      } else if (c == row.length - 1) {
        return null;
      }
      int from = start;
      int to = end;
      while (from < to && Character.isWhitespace(s.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
        to--;
      }
      double v = columns.get(c).nominal() ? Double.NaN : DecimalParser.parse(s, from, to);
      row[c] = Double.isNaN(v) ? value(s.substring(from, to), c, line) : v;
      start = end + 1;
    }
    return row;
  }

  private double[] sparse(String s, int line) throws DatasetFormatException {
    if (!s.endsWith("}")) {
      throw new DatasetFormatException(
          fileName,
          line,
          null,
          Text.get("engine.io.arff.unclosedSparse", "{", "}"),
          Text.get("engine.io.arff.sparse.hint", "{", "}"));
    }
    // Absent attributes are 0: for a nominal attribute, its first declared value.
    double[] row = new double[columns.size()];
    for (String entry : splitEntries(s.substring(1, s.length() - 1), line)) {
      int space = 0;
      while (space < entry.length() && !Character.isWhitespace(entry.charAt(space))) {
        space++;
      }
      String indexText = entry.substring(0, space);
      String valueText = entry.substring(space).strip();
      int index;
      try {
        index = Integer.parseInt(indexText);
      } catch (NumberFormatException e) {
        throw new DatasetFormatException(
            fileName,
            line,
            null,
            Text.get("engine.io.arff.badSparseEntry", CsvReader.abbreviate(entry)),
            Text.get("engine.io.arff.sparse.hint", "{", "}"));
      }
      if (index < 0 || index >= columns.size()) {
        throw DatasetFormatException.of(
            fileName,
            line,
            null,
            Text.get(
                "engine.io.arff.sparseIndexRange",
                String.valueOf(index),
                String.valueOf(columns.size() - 1),
                String.valueOf(columns.size())),
            Text.get(
                "engine.io.arff.sparseIndexRange.expected", String.valueOf(columns.size() - 1)),
            String.valueOf(index),
            Text.get("engine.io.arff.sparseIndexRange.hint"));
      }
      if (valueText.isEmpty()) {
        throw new DatasetFormatException(
            fileName,
            line,
            columns.get(index).name(),
            Text.get("engine.io.arff.sparseNoValue", String.valueOf(index)),
            null);
      }
      row[index] = value(unquote(valueText), index, line);
    }
    return row;
  }

  private List<String> splitEntries(String inner, int line) throws DatasetFormatException {
    List<String> out = new ArrayList<>();
    if (inner.isBlank()) {
      return out;
    }
    for (String entry : inner.split(",", -1)) {
      String e = entry.strip();
      if (e.isEmpty()) {
        throw new DatasetFormatException(
            fileName,
            line,
            null,
            Text.get("engine.io.arff.emptySparseEntry"),
            Text.get("engine.io.arff.sparse.hint", "{", "}"));
      }
      out.add(e);
    }
    return out;
  }

  private String unquote(String v) {
    char q = v.charAt(0);
    if ((q == '\'' || q == '"') && v.length() >= 2 && v.charAt(v.length() - 1) == q) {
      return ArffFields.unescape(v.substring(1, v.length() - 1));
    }
    return v;
  }

  private double value(String text, int c, int line) throws DatasetFormatException {
    RawTable.Column col = columns.get(c);
    if (text.equals("?")) {
      return Double.NaN;
    }
    if (col.nominal()) {
      Integer index = categoryIndex.get(c).get(text);
      if (index == null) {
        throw new DatasetFormatException(
            fileName,
            line,
            col.name(),
            Text.get(
                "engine.io.arff.undeclaredValue",
                CsvReader.abbreviate(text),
                "{" + CsvReader.abbreviate(String.join(",", col.categories())) + "}"),
            null);
      }
      return index;
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw DatasetFormatException.of(
          fileName,
          line,
          col.name(),
          Text.get("engine.io.notANumber", CsvReader.abbreviate(text)),
          Text.get("engine.io.aNumber"),
          text,
          Text.get("engine.io.arff.notANumber.hint"));
    }
    if (!Double.isFinite(v)) {
      throw new DatasetFormatException(
          fileName,
          line,
          col.name(),
          Text.get("engine.io.notFinite", CsvReader.abbreviate(text)),
          Text.get("engine.io.arff.notFinite.hint"));
    }
    return v;
  }
}
