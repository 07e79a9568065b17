package mllab.data.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mllab.text.Text;

/**
 * Reads Weka's ARFF format: a header ({@code @relation}, one {@code @attribute} per column) and
 * {@code @data} rows, either dense ({@code 0.1,0.5,1,0}) or sparse ({@code {0 1,107 1}}, where
 * every attribute not listed is 0 — the natural form for bag-of-words data such as medical, whose
 * rows are mostly zeros).
 *
 * <p>ARFF itself does not say which attributes are labels. Two conventions fill that gap: MULAN
 * names them in a separate XML file (pass a {@link LabelSpec.Named}, see {@link MulanLabels}), and
 * MEKA writes {@code -C n} into the relation name, meaning the first n attributes ({@code -C -n}:
 * the last n). A {@link LabelSpec.Guess} reads the MEKA option.
 *
 * <p>Supported: numeric, real and integer attributes; nominal attributes ({@code {a,b,c}}), which
 * become one-hot feature columns; quoted names; {@code %} comments; keywords in any case; {@code ?}
 * for a missing value.
 */
public final class ArffReader {

  private static final Pattern MEKA_LABELS = Pattern.compile("(?:^|[\\s:'\"])-C\\s+(-?\\d+)");

  private ArffReader() { }

  /** Reads the whole file; the caller closes {@code reader}. */
  public static LoadedData read(
      Reader reader, String fileName, LabelSpec labels, MissingValuePolicy missingValues)
      throws IOException, DatasetFormatException {
    Parsed parsed = parse(reader, fileName);
    LabelSpec spec = resolveLabels(parsed, labels);
    TableAssembler.Assembled result =
        TableAssembler.assemble(parsed.table(), spec, missingValues, null);
    return new LoadedData(result.dataset(), Optional.empty(), result.warnings(), fileName);
  }

  /** The table and the relation name, which may carry MEKA's {@code -C} option. */
  record Parsed(RawTable table, String relation) { }

  static LabelSpec resolveLabels(Parsed parsed, LabelSpec spec) throws DatasetFormatException {
    if (!(spec instanceof LabelSpec.Guess)) {
      return spec;
    }
    String file = parsed.table().fileName;
    Matcher m = MEKA_LABELS.matcher(parsed.relation());
    if (!m.find()) {
      throw DatasetFormatException.ofFile(
          file,
          Text.get("engine.io.arff.noLabelSpec"),
          Text.get("engine.io.arff.noLabelSpec.hint"));
    }
    int c;
    try {
      c = Integer.parseInt(m.group(1));
    } catch (NumberFormatException e) {
      c = Integer.MAX_VALUE;
    }
    int attributes = parsed.table().columnCount();
    if (c == 0 || Math.abs((long) c) >= attributes) {
      throw DatasetFormatException.ofFile(
          file,
          Text.get("engine.io.arff.tooManyLabels", m.group(1).replace("-", ""), m.group(1),
              String.valueOf(attributes)),
          Text.get("engine.io.arff.tooManyLabels.hint"));
    }
    return c > 0 ? LabelSpec.first(c) : LabelSpec.last(-c);
  }

  static Parsed parse(Reader reader, String fileName) throws IOException, DatasetFormatException {
    BufferedReader in = new BufferedReader(reader, 1 << 16);
    String relation = null;
    List<RawTable.Column> columns = new ArrayList<>();
    List<Map<String, Integer>> categoryIndex = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int lineNo = 0;
    boolean sawContent = false;
    String line;
    while (true) {
      line = in.readLine();
      if (line == null) {
        if (!sawContent) {
          throw DatasetFormatException.ofFile(
              fileName, Text.get("engine.io.isEmpty"), Text.get("engine.io.arff.empty.hint"));
        }
        throw DatasetFormatException.ofFile(
            fileName,
            Text.get("engine.io.arff.noData"),
            Text.get("engine.io.arff.noData.hint"));
      }
      lineNo++;
      String s = strip(line, lineNo);
      if (s.isEmpty() || s.startsWith("%")) {
        continue;
      }
      sawContent = true;
      String keyword = firstWord(s).toLowerCase(Locale.ROOT);
      if (keyword.equals("@relation")) {
        relation = s.substring(keyword.length()).strip();
      } else if (keyword.equals("@attribute")) {
        RawTable.Column col = attribute(s.substring(keyword.length()).strip(), fileName, lineNo);
        if (!names.add(col.name())) {
          throw new DatasetFormatException(
              fileName, lineNo, col.name(), Text.get("engine.io.arff.duplicateAttribute"),
              Text.get("engine.io.arff.duplicateAttribute.hint"));
        }
        columns.add(col);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < col.categories().size(); i++) {
          index.put(col.categories().get(i), i);
        }
        categoryIndex.add(index);
      } else if (keyword.equals("@data")) {
        break;
      } else {
        throw new DatasetFormatException(
            fileName, lineNo, null,
            Text.get("engine.io.arff.unknownDeclaration", CsvReader.abbreviate(firstWord(s))),
            Text.get("engine.io.arff.unknownDeclaration.hint"));
      }
    }
    if (relation == null) {
      throw new DatasetFormatException(
          fileName, lineNo, null, Text.get("engine.io.arff.noRelation"),
          Text.get("engine.io.arff.noRelation.hint"));
    }
    if (columns.isEmpty()) {
      throw new DatasetFormatException(
          fileName, lineNo, null, Text.get("engine.io.arff.noAttributes"),
          Text.get("engine.io.arff.noAttributes.hint"));
    }
    RawTable table = new RawTable(fileName, columns);
    DataLine data = new DataLine(fileName, columns, categoryIndex);
    while ((line = in.readLine()) != null) {
      lineNo++;
      String s = strip(line, lineNo);
      if (s.isEmpty() || s.startsWith("%")) {
        continue;
      }
      table.add(data.parse(s, lineNo), lineNo);
    }
    return new Parsed(table, relation);
  }

  private static String strip(String line, int lineNo) {
    String s = line.strip();
    return lineNo == 1 && s.startsWith("\uFEFF") ? s.substring(1).strip() : s;
  }

  private static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
  }

  private static RawTable.Column attribute(String rest, String fileName, int line)
      throws DatasetFormatException {
    if (rest.isEmpty()) {
      throw new DatasetFormatException(
          fileName, line, null, Text.get("engine.io.arff.emptyAttribute"),
          Text.get("engine.io.arff.emptyAttribute.hint"));
    }
    String name;
    String type;
    char first = rest.charAt(0);
    if (first == '\'' || first == '"') {
      int end = closingQuote(rest, 0);
      if (end < 0) {
        throw new DatasetFormatException(
            fileName, line, null, Text.get("engine.io.arff.unclosedNameQuote", first),
            Text.get("engine.io.arff.unclosedNameQuote.hint"));
      }
      name = unescape(rest.substring(1, end));
      type = rest.substring(end + 1).strip();
    } else {
      int i = 0;
      while (i < rest.length()
          && !Character.isWhitespace(rest.charAt(i))
          && rest.charAt(i) != '{') {
        i++;
      }
      name = rest.substring(0, i);
      type = rest.substring(i).strip();
    }
    if (name.isEmpty()) {
      throw new DatasetFormatException(
          fileName, line, null, Text.get("engine.io.arff.emptyName"),
          Text.get("engine.io.arff.emptyName.hint"));
    }
    if (type.startsWith("{")) {
      if (!type.endsWith("}")) {
        throw new DatasetFormatException(
            fileName, line, name, Text.get("engine.io.arff.unclosedValues", "{", "}"),
            Text.get("engine.io.arff.nominal.hint", "{", "}"));
      }
      List<String> values = new ArrayList<>();
      for (String v : splitFields(type.substring(1, type.length() - 1), fileName, line)) {
        if (v.isEmpty()) {
          throw new DatasetFormatException(
              fileName, line, name, Text.get("engine.io.arff.emptyValue"),
              Text.get("engine.io.arff.nominal.hint", "{", "}"));
        }
        if (values.contains(v)) {
          throw new DatasetFormatException(
              fileName, line, name, Text.get("engine.io.arff.duplicateValue", v),
              Text.get("engine.io.arff.duplicateValue.hint"));
        }
        values.add(v);
      }
      if (values.isEmpty()) {
        throw new DatasetFormatException(
            fileName, line, name, Text.get("engine.io.arff.noValues"),
            Text.get("engine.io.arff.nominal.hint", "{", "}"));
      }
      return new RawTable.Column(name, values);
    }
    String kind = firstWord(type).toLowerCase(Locale.ROOT);
    switch (kind) {
      case "numeric", "real", "integer" -> {
        return new RawTable.Column(name, List.of());
      }
      case "string", "date", "relational" -> throw new DatasetFormatException(
          fileName, line, name, Text.get("engine.io.arff.unsupportedType", kind),
          Text.get("engine.io.arff.unsupportedType.hint"));
      default -> throw new DatasetFormatException(
          fileName, line, name,
          Text.get("engine.io.arff.unknownType", CsvReader.abbreviate(type), "{", "}"),
          null);
    }
  }

  /** Index of the quote that closes the one at {@code open}, honouring backslash escapes. */
  private static int closingQuote(String s, int open) {
    char q = s.charAt(open);
    for (int i = open + 1; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == q) {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String s) {
    return s.indexOf('\\') < 0 ? s : s.replaceAll("\\\\(.)", "$1");
  }

  /** Splits on commas outside quotes, strips spaces and removes the quotes. */
  static List<String> splitFields(String s, String fileName, int line)
      throws DatasetFormatException {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = s.length();
    if (n == 0) {
      return out;
    }
    while (true) {
      int i = start;
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      String field;
      int next;
      if (i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"')) {
        int end = closingQuote(s, i);
        if (end < 0) {
          throw new DatasetFormatException(
              fileName, line, null, Text.get("engine.io.arff.unclosedQuote", s.charAt(i)),
              Text.get("engine.io.arff.unclosedQuote.hint"));
        }
        field = unescape(s.substring(i + 1, end));
        next = s.indexOf(',', end + 1);
        String between = (next < 0 ? s.substring(end + 1) : s.substring(end + 1, next)).strip();
        if (!between.isEmpty()) {
          throw new DatasetFormatException(
              fileName, line, null,
              Text.get("engine.io.arff.textAfterQuote", CsvReader.abbreviate(field),
                  CsvReader.abbreviate(between)),
              null);
        }
      } else {
        next = s.indexOf(',', start);
        field = (next < 0 ? s.substring(start) : s.substring(start, next)).strip();
      }
      out.add(field);
      if (next < 0) {
        return out;
      }
      start = next + 1;
    }
  }

  /** Parses data rows against the declared attributes. */
  private static final class DataLine {
    private final String fileName;
    private final List<RawTable.Column> columns;
    private final List<Map<String, Integer>> categoryIndex;

    DataLine(
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
      List<String> fields = splitFields(s, fileName, line);
      if (fields.size() != columns.size()) {
        throw DatasetFormatException.expected(
            fileName, line, null, Text.get("engine.io.nValues", String.valueOf(columns.size())),
            String.valueOf(fields.size()), Text.get("engine.io.arff.rowWidth.hint"));
      }
      double[] row = new double[fields.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = value(fields.get(c), c, line);
      }
      return row;
    }

    /**
     * The common case, a line without quotes, read in place; null when the value count is wrong
     * so that the general path reports it.
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
            fileName, line, null, Text.get("engine.io.arff.unclosedSparse", "{", "}"),
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
              fileName, line, null,
              Text.get("engine.io.arff.badSparseEntry", CsvReader.abbreviate(entry)),
              Text.get("engine.io.arff.sparse.hint", "{", "}"));
        }
        if (index < 0 || index >= columns.size()) {
          throw DatasetFormatException.of(
              fileName, line, null,
              Text.get("engine.io.arff.sparseIndexRange", String.valueOf(index),
                  String.valueOf(columns.size() - 1), String.valueOf(columns.size())),
              Text.get("engine.io.arff.sparseIndexRange.expected", String.valueOf(columns.size() - 1)),
              String.valueOf(index), Text.get("engine.io.arff.sparseIndexRange.hint"));
        }
        if (valueText.isEmpty()) {
          throw new DatasetFormatException(
              fileName, line, columns.get(index).name(),
              Text.get("engine.io.arff.sparseNoValue", String.valueOf(index)), null);
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
              fileName, line, null, Text.get("engine.io.arff.emptySparseEntry"),
              Text.get("engine.io.arff.sparse.hint", "{", "}"));
        }
        out.add(e);
      }
      return out;
    }

    private String unquote(String v) {
      char q = v.charAt(0);
      if ((q == '\'' || q == '"') && v.length() >= 2 && v.charAt(v.length() - 1) == q) {
        return unescape(v.substring(1, v.length() - 1));
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
              fileName, line, col.name(),
              Text.get("engine.io.arff.undeclaredValue", CsvReader.abbreviate(text),
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
            fileName, line, col.name(), Text.get("engine.io.notANumber", CsvReader.abbreviate(text)),
            Text.get("engine.io.aNumber"), text, Text.get("engine.io.arff.notANumber.hint"));
      }
      if (!Double.isFinite(v)) {
        throw new DatasetFormatException(
            fileName, line, col.name(),
            Text.get("engine.io.notFinite", CsvReader.abbreviate(text)),
            Text.get("engine.io.arff.notFinite.hint"));
      }
      return v;
    }
  }
}
