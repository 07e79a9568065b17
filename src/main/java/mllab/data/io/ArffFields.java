package mllab.data.io;

import java.util.ArrayList;
import java.util.List;
import mllab.text.Text;

/**
 * ARFF's rules for the values on one line, shared by the header's nominal declarations and the
 * {@code @data} rows: values separated by commas, optionally in single or double quotes, with a
 * backslash escaping the next character.
 */
final class ArffFields {

  private ArffFields() {}

  /** Index of the quote that closes the one at {@code open}, honouring backslash escapes. */
  static int closingQuote(String s, int open) {
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

  static String unescape(String s) {
    return s.indexOf('\\') < 0 ? s : s.replaceAll("\\\\(.)", "$1");
  }

  /** Splits on commas outside quotes, strips spaces and removes the quotes. */
  static List<String> split(String s, String fileName, int line) throws DatasetFormatException {
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
              fileName,
              line,
              null,
              Text.get("engine.io.arff.unclosedQuote", s.charAt(i)),
              Text.get("engine.io.arff.unclosedQuote.hint"));
        }
        field = unescape(s.substring(i + 1, end));
        next = s.indexOf(',', end + 1);
        String between = (next < 0 ? s.substring(end + 1) : s.substring(end + 1, next)).strip();
        if (!between.isEmpty()) {
          throw new DatasetFormatException(
              fileName,
              line,
              null,
              Text.get(
                  "engine.io.arff.textAfterQuote",
                  CsvReader.abbreviate(field),
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
}
