package mllab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class MetricsCsvTest {

  @Test
  void oneRowPerMetricWithItsNameAndExactValue() throws IOException {
    // Given a report over three rows with awkward fractions
    Predictions p =
        new Predictions(
            new double[][] {{0.9, 0.6, 0.1}, {0.2, 0.7, 0.8}, {0.6, 0.4, 0.3}},
            new int[][] {{1, 0, 0}, {0, 1, 1}, {1, 1, 0}},
            List.of("a", "b", "c"));
    MetricReport report = MetricReport.of(p, Thresholds.global(0.5, 3));

    // When written as CSV and parsed back
    StringWriter out = new StringWriter();
    MetricsCsv.write(report, out);
    List<CSVRecord> rows;
    try (CSVParser parser =
        CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(out.toString()))) {
      rows = parser.getRecords();
    }

    // Then every metric appears once, in enum order, with the identical double
    assertEquals(Metric.values().length, rows.size());
    for (Metric m : Metric.values()) {
      CSVRecord row = rows.get(m.ordinal());
      assertEquals(MetricsJson.key(m), row.get("metric"));
      assertEquals(m.displayName(), row.get("name"));
      assertEquals(m.valueIn(report), Double.parseDouble(row.get("value")), 0);
    }
  }
}
