package mllab.data.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mllab.text.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a multi-label dataset from CSV: a header row of column names, then one row per example,
 * every value a number; the label columns hold 0 or 1.
 *
 * <p>Which columns are labels is not part of CSV, so it comes from {@link CsvOptions#labels()}; a
 * guess takes the trailing run of 0/1 columns, the layout most exported files use. The separator is
 * detected from the header line (comma, semicolon as written by spreadsheets in locales with a
 * decimal comma, or tab) unless given. An empty cell, {@code ?} or {@code NA} is a missing value.
 */
public final class CsvReader {

  private static final char[] DELIMITERS = {',', ';', '\t'};

  /** Room for a header of some 100 000 columns, read twice: to detect and to parse. */
  private static final int HEADER_LOOKAHEAD = 1 << 22;

  private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

  private CsvReader() {}

  /** Reads the whole file; the caller closes {@code reader}. */
  public static LoadedData read(Reader reader, String fileName, CsvOptions options)
      throws IOException, DatasetFormatException {
    RawTable table = parse(reader, fileName, options.delimiter());
    LabelSpec labels = resolveLabels(table, options.labels());
    TableAssembler.Assembled result =
        TableAssembler.assemble(table, labels, options.missingValues(), null);
    return new LoadedData(result.dataset(), Optional.empty(), result.warnings(), fileName);
  }

  static LabelSpec resolveLabels(RawTable table, LabelSpec spec) throws DatasetFormatException {
    return spec instanceof LabelSpec.Guess ? TableAssembler.trailingBinaryColumns(table) : spec;
  }

  static RawTable parse(Reader reader, String fileName, Character delimiter)
      throws IOException, DatasetFormatException {
    BufferedReader in = new BufferedReader(reader, 1 << 16);
    // Look ahead at the header to choose the separator, then let the parser start from the top.
    in.mark(HEADER_LOOKAHEAD);
    String headerText = in.readLine();
    while (headerText != null && headerText.isBlank()) {
      headerText = in.readLine();
    }
    if (headerText == null) {
      throw DatasetFormatException.ofFile(
          fileName, Text.get("engine.io.isEmpty"), Text.get("engine.io.csv.empty.hint"));
    }
    in.reset();
    char sep = delimiter != null ? delimiter : detectDelimiter(headerText);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(sep)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();
    try (CSVParser parser = CSVParser.parse(in, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      long before = parser.getCurrentLineNumber();
      CSVRecord header = next(records, parser, fileName);
      while (header != null && isBlank(header)) {
        before = parser.getCurrentLineNumber();
        header = next(records, parser, fileName);
      }
      if (header == null) {
        throw DatasetFormatException.ofFile(
            fileName, Text.get("engine.io.isEmpty"), Text.get("engine.io.csv.empty.hint"));
      }
      int headerLine = (int) before + 1;
      List<RawTable.Column> columns = headerColumns(header, fileName, headerLine, sep);
      RawTable table = new RawTable(fileName, columns);
      readRows(records, parser, table, sep);
      return table;
    }
  }

  /** Reads the rows after the header into {@code table}, skipping blank lines. */
  private static void readRows(
      Iterator<CSVRecord> records, CSVParser parser, RawTable table, char sep)
      throws DatasetFormatException {
    String fileName = table.fileName;
    List<RawTable.Column> columns = table.columns;
    int width = columns.size();
    while (true) {
      long before = parser.getCurrentLineNumber();
      CSVRecord record = next(records, parser, fileName);
      if (record == null) {
        break;
      }
      if (isBlank(record)) {
        continue;
      }
      int line = (int) before + 1;
      if (record.size() != width) {
        throw DatasetFormatException.expected(
            fileName,
            line,
            null,
            Text.get("engine.io.nValues", String.valueOf(width)),
            String.valueOf(record.size()),
            Text.get("engine.io.csv.rowWidth.hint"));
      }
      double[] row = new double[width];
      for (int c = 0; c < width; c++) {
        row[c] = parseCell(record.get(c), fileName, line, columns.get(c).name(), sep);
      }
      table.add(row, line);
    }
  }

  private static CSVRecord next(Iterator<CSVRecord> records, CSVParser parser, String fileName)
      throws DatasetFormatException {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      // Commons CSV reports a broken quote this way, naming the line where the value started.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      Matcher start = START_LINE.matcher(String.valueOf(cause.getMessage()));
      int line =
          start.find() ? Integer.parseInt(start.group(1)) : (int) parser.getCurrentLineNumber();
      throw new DatasetFormatException(
          fileName,
          line,
          null,
          Text.get("engine.io.csv.brokenQuote", start.replaceAll("").strip()),
          Text.get("engine.io.csv.brokenQuote.hint"));
    }
  }

  private static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  private static List<RawTable.Column> headerColumns(
      CSVRecord header, String fileName, int line, char sep) throws DatasetFormatException {
    List<RawTable.Column> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).strip();
      if (c == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      if (name.isEmpty()) {
        throw new DatasetFormatException(
            fileName,
            line,
            null,
            Text.get("engine.io.csv.unnamedColumn", String.valueOf(c + 1)),
            Text.get("engine.io.csv.unnamedColumn.hint"));
      }
      if (!seen.add(name)) {
        throw new DatasetFormatException(
            fileName,
            line,
            name,
            Text.get("engine.io.csv.duplicateColumn"),
            Text.get("engine.io.duplicateColumn.hint"));
      }
      columns.add(new RawTable.Column(name, List.of()));
    }
    if (columns.size() < 2) {
      throw new DatasetFormatException(
          fileName,
          line,
          null,
          Text.get(
              "engine.io.csv.oneColumn",
              sep == '\t' ? Text.get("engine.io.csv.tab") : String.valueOf(sep)),
          Text.get("engine.io.csv.oneColumn.hint"));
    }
    return columns;
  }

  private static double parseCell(String text, String fileName, int line, String column, char sep)
      throws DatasetFormatException {
    String s = text.strip();
    if (s.isEmpty() || s.equals("?") || s.equals("NA")) {
      return Double.NaN;
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      String hint =
          sep != ',' && s.matches("-?\\d+,\\d+")
              ? Text.get("engine.io.csv.decimalComma.hint")
              : Text.get("engine.io.csv.notANumber.hint");
      throw DatasetFormatException.of(
          fileName,
          line,
          column,
          Text.get("engine.io.notANumber", abbreviate(s)),
          Text.get("engine.io.aNumber"),
          s,
          hint);
    }
    if (!Double.isFinite(v)) {
      throw new DatasetFormatException(
          fileName,
          line,
          column,
          Text.get("engine.io.notFinite", abbreviate(s)),
          Text.get("engine.io.csv.notFinite.hint"));
    }
    return v;
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** The separator that occurs most often outside quotes in the header line; comma on a tie. */
  static char detectDelimiter(String headerLine) {
    int[] counts = new int[DELIMITERS.length];
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char ch = headerLine.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int d = 0; d < DELIMITERS.length; d++) {
          if (ch == DELIMITERS[d]) {
            counts[d]++;
          }
        }
      }
    }
    int best = 0;
    for (int d = 1; d < DELIMITERS.length; d++) {
      if (counts[d] > counts[best]) {
        best = d;
      }
    }
    return DELIMITERS[best];
  }
}
