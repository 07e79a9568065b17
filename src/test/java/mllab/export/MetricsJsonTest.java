package mllab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import mllab.eval.ConfusionCounts;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.RankingReport;
import mllab.eval.Thresholds;
import org.junit.jupiter.api.Test;

class MetricsJsonTest {

  private static final List<String> NAMES = List.of("beach", "sunset", "people", "city");

  /** 40 random rows with seed 7; label "city" never occurs, so its ROC AUC is undefined. */
  private static Predictions predictions() {
    Random r = new Random(7);
    double[][] p = new double[40][4];
    int[][] y = new int[40][4];
    for (int i = 0; i < 40; i++) {
      for (int k = 0; k < 4; k++) {
        p[i][k] = r.nextDouble();
        y[i][k] = k < 3 && r.nextDouble() < 0.4 ? 1 : 0;
      }
    }
    return new Predictions(p, y, NAMES);
  }

  private static JsonNode written(Predictions p, Thresholds t) throws IOException {
    StringWriter out = new StringWriter();
    MetricsJson.write(MetricReport.of(p, t), RankingReport.of(p), t, NAMES, out);
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void everyMetricReadsBackAsTheIdenticalDouble() throws IOException {
    // Given a report at per-label thresholds
    Predictions p = predictions();
    Thresholds t = Thresholds.perLabel(0.3, 0.5, 0.7, 0.5);
    MetricReport report = MetricReport.of(p, t);
    RankingReport ranking = RankingReport.of(p);

    // When it is written as JSON and parsed back
    JsonNode json = written(p, t);

    // Then every metric, ranking value and per-label number is exactly the engine's
    for (Metric m : Metric.values()) {
      assertEquals(
          m.valueIn(report), json.at("/metrics/" + MetricsJson.key(m)).doubleValue(), 0, m.name());
    }
    assertEquals(ranking.coverageError(), json.at("/ranking/coverage_error").doubleValue(), 0);
    assertEquals(
        ranking.labelRankingAveragePrecision(),
        json.at("/ranking/label_ranking_average_precision").doubleValue(),
        0);
    assertEquals(ranking.rankingLoss(), json.at("/ranking/label_ranking_loss").doubleValue(), 0);
    assertEquals(ranking.macroRocAuc(), json.at("/ranking/macro_roc_auc").doubleValue(), 0);
    for (int k = 0; k < 4; k++) {
      JsonNode block = json.at("/per_label/" + k);
      ConfusionCounts c = report.confusion(k);
      assertEquals(NAMES.get(k), block.get("label").asText());
      assertEquals(t.of(k), block.get("threshold").doubleValue(), 0);
      assertEquals(
          List.of(c.tp(), c.fp(), c.fn(), c.tn()),
          List.of(
              block.get("tp").intValue(),
              block.get("fp").intValue(),
              block.get("fn").intValue(),
              block.get("tn").intValue()));
      assertEquals(report.f1(k), block.get("f1").doubleValue(), 0);
    }
  }

  @Test
  void undefinedRocAucIsNullWithANoteNamingTheLabel() throws IOException {
    // Given a label that no row carries
    Predictions p = predictions();

    // When the report is written
    JsonNode json = written(p, Thresholds.global(0.5, 4));

    // Then its AUC is null rather than a number, the others are numbers, and a note explains it
    assertTrue(json.at("/per_label/3/roc_auc").isNull());
    assertTrue(json.at("/per_label/0/roc_auc").isDouble());
    assertTrue(json.at("/ranking/macro_roc_auc").isDouble());
    String notes = json.get("notes").toString();
    assertTrue(notes.contains("roc_auc of label 'city' is null: no row carries it"), notes);
    assertTrue(notes.contains("only the 3 of 4 labels"), notes);
  }

  @Test
  void cleanReportHasNoNotes() throws IOException {
    // Given predictions where every label has positive and negative rows
    Predictions p =
        new Predictions(
            new double[][] {{0.9, 0.1}, {0.2, 0.8}},
            new int[][] {{1, 0}, {0, 1}},
            List.of("a", "b"));
    Thresholds t = Thresholds.global(0.5, 2);
    StringWriter out = new StringWriter();

    // When written
    MetricsJson.write(MetricReport.of(p, t), RankingReport.of(p), t, List.of("a", "b"), out);

    // Then there is nothing to warn about and the perfect predictions score 1
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(0, json.get("notes").size());
    assertEquals(1.0, json.at("/metrics/subset_accuracy").doubleValue(), 0);
    assertFalse(out.toString().contains("NaN"));
  }

  @Test
  void withoutNamesLabelsAreNumberedFromOne() throws IOException {
    // Given a report written without label names
    Predictions p = predictions();
    Thresholds t = Thresholds.global(0.5, 4);
    StringWriter out = new StringWriter();

    // When written with the short overload
    MetricsJson.write(MetricReport.of(p, t), RankingReport.of(p), t, out);

    // Then labels are called label_1 … label_4
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("label_4", json.at("/per_label/3/label").asText());
  }

  @Test
  void mismatchedLabelCountsAreRefused() {
    // Given a report for 4 labels and thresholds for 3
    Predictions p = predictions();
    MetricReport report = MetricReport.of(p, Thresholds.global(0.5, 4));

    // When written, then the message names every count
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MetricsJson.write(
                    report,
                    RankingReport.of(p),
                    Thresholds.global(0.5, 3),
                    NAMES,
                    new StringWriter()));
    assertTrue(e.getMessage().contains("the thresholds 3"), e.getMessage());
  }
}
