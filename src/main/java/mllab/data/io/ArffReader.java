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

  private ArffReader() {}

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
  record Parsed(RawTable table, String relation) {}

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
          Text.get(
              "engine.io.arff.tooManyLabels",
              m.group(1).replace("-", ""),
              m.group(1),
              String.valueOf(attributes)),
          Text.get("engine.io.arff.tooManyLabels.hint"));
    }
    return c > 0 ? LabelSpec.first(c) : LabelSpec.last(-c);
  }

  static Parsed parse(Reader reader, String fileName) throws IOException, DatasetFormatException {
    BufferedReader in = new BufferedReader(reader, 1 << 16);
    Header header = readHeader(in, fileName);
    RawTable table = new RawTable(fileName, header.columns());
    ArffDataLine data = new ArffDataLine(fileName, header.columns(), header.categoryIndex());
    int lineNo = header.lineNo();
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String s = strip(line, lineNo);
      if (s.isEmpty() || s.startsWith("%")) {
        continue;
      }
      table.add(data.parse(s, lineNo), lineNo);
    }
    return new Parsed(table, header.relation());
  }

  /**
   * What the lines up to {@code @data} declare: the relation, the attributes, for each attribute
   * the index of each declared value, and the number of the {@code @data} line.
   */
  private record Header(
      String relation,
      List<RawTable.Column> columns,
      List<Map<String, Integer>> categoryIndex,
      int lineNo) {}

  /** Reads the declarations up to and including the {@code @data} line. */
  private static Header readHeader(BufferedReader in, String fileName)
      throws IOException, DatasetFormatException {
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
        throw endsBeforeData(fileName, sawContent);
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
              fileName,
              lineNo,
              col.name(),
              Text.get("engine.io.arff.duplicateAttribute"),
              Text.get("engine.io.arff.duplicateAttribute.hint"));
        }
        columns.add(col);
        categoryIndex.add(categoryIndex(col));
      } else if (keyword.equals("@data")) {
        break;
      } else {
        throw new DatasetFormatException(
            fileName,
            lineNo,
            null,
            Text.get("engine.io.arff.unknownDeclaration", CsvReader.abbreviate(firstWord(s))),
            Text.get("engine.io.arff.unknownDeclaration.hint"));
      }
    }
    requireDeclared(relation, columns, fileName, lineNo);
    return new Header(relation, columns, categoryIndex, lineNo);
  }

  /** The header up to the {@code @data} line at {@code lineNo} named a relation and attributes. */
  private static void requireDeclared(
      String relation, List<RawTable.Column> columns, String fileName, int lineNo)
      throws DatasetFormatException {
    if (relation == null) {
      throw new DatasetFormatException(
          fileName,
          lineNo,
          null,
          Text.get("engine.io.arff.noRelation"),
          Text.get("engine.io.arff.noRelation.hint"));
    }
    if (columns.isEmpty()) {
      throw new DatasetFormatException(
          fileName,
          lineNo,
          null,
          Text.get("engine.io.arff.noAttributes"),
          Text.get("engine.io.arff.noAttributes.hint"));
    }
  }

  /** The file ended before its {@code @data} line: empty, or a header without data. */
  private static DatasetFormatException endsBeforeData(String fileName, boolean sawContent) {
    if (!sawContent) {
      return DatasetFormatException.ofFile(
          fileName, Text.get("engine.io.isEmpty"), Text.get("engine.io.arff.empty.hint"));
    }
    return DatasetFormatException.ofFile(
        fileName, Text.get("engine.io.arff.noData"), Text.get("engine.io.arff.noData.hint"));
  }

  /** Each of a nominal attribute's declared values and its position; empty for a numeric one. */
  private static Map<String, Integer> categoryIndex(RawTable.Column col) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < col.categories().size(); i++) {
      index.put(col.categories().get(i), i);
    }
    return index;
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

  /**
   * The column declared by {@code rest}, the text after {@code @attribute}: a name, then a type.
   */
  private static RawTable.Column attribute(String rest, String fileName, int line)
      throws DatasetFormatException {
    if (rest.isEmpty()) {
      throw new DatasetFormatException(
          fileName,
          line,
          null,
          Text.get("engine.io.arff.emptyAttribute"),
          Text.get("engine.io.arff.emptyAttribute.hint"));
    }
    String name;
    String type;
    char first = rest.charAt(0);
    if (first == '\'' || first == '"') {
      int end = ArffFields.closingQuote(rest, 0);
      if (end < 0) {
        throw new DatasetFormatException(
            fileName,
            line,
            null,
            Text.get("engine.io.arff.unclosedNameQuote", first),
            Text.get("engine.io.arff.unclosedNameQuote.hint"));
      }
      name = ArffFields.unescape(rest.substring(1, end));
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
          fileName,
          line,
          null,
          Text.get("engine.io.arff.emptyName"),
          Text.get("engine.io.arff.emptyName.hint"));
    }
    return column(name, type, fileName, line);
  }

  /** The column an attribute of type {@code type} becomes: nominal or numeric, else refused. */
  private static RawTable.Column column(String name, String type, String fileName, int line)
      throws DatasetFormatException {
    if (type.startsWith("{")) {
      return new RawTable.Column(name, nominalValues(type, name, fileName, line));
    }
    String kind = firstWord(type).toLowerCase(Locale.ROOT);
    switch (kind) {
      case "numeric", "real", "integer" -> {
        return new RawTable.Column(name, List.of());
      }
      case "string", "date", "relational" ->
          throw new DatasetFormatException(
              fileName,
              line,
              name,
              Text.get("engine.io.arff.unsupportedType", kind),
              Text.get("engine.io.arff.unsupportedType.hint"));
      default ->
          throw new DatasetFormatException(
              fileName,
              line,
              name,
              Text.get("engine.io.arff.unknownType", CsvReader.abbreviate(type), "{", "}"),
              null);
    }
  }

  /** The values a nominal attribute declares in {@code type}, {@code {a,b,c}}. */
  private static List<String> nominalValues(String type, String name, String fileName, int line)
      throws DatasetFormatException {
    if (!type.endsWith("}")) {
      throw new DatasetFormatException(
          fileName,
          line,
          name,
          Text.get("engine.io.arff.unclosedValues", "{", "}"),
          Text.get("engine.io.arff.nominal.hint", "{", "}"));
    }
    List<String> values = new ArrayList<>();
    for (String v : ArffFields.split(type.substring(1, type.length() - 1), fileName, line)) {
      if (v.isEmpty()) {
        throw new DatasetFormatException(
            fileName,
            line,
            name,
            Text.get("engine.io.arff.emptyValue"),
            Text.get("engine.io.arff.nominal.hint", "{", "}"));
      }
      if (values.contains(v)) {
        throw new DatasetFormatException(
            fileName,
            line,
            name,
            Text.get("engine.io.arff.duplicateValue", v),
            Text.get("engine.io.arff.duplicateValue.hint"));
      }
      values.add(v);
    }
    if (values.isEmpty()) {
      throw new DatasetFormatException(
          fileName,
          line,
          name,
          Text.get("engine.io.arff.noValues"),
          Text.get("engine.io.arff.nominal.hint", "{", "}"));
    }
    return values;
  }
}
