package mllab.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mllab.eval.ConfusionCounts;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.RankingMetric;
import mllab.eval.RankingReport;
import mllab.eval.Thresholds;
import mllab.persist.Json;
import mllab.text.Text;

/**
 * Writes a whole evaluation as one JSON document: the threshold-dependent metrics ({@link
 * MetricReport}), the ranking metrics that ignore the threshold ({@link RankingReport}), the
 * thresholds themselves and one block per label with its confusion counts.
 *
 * <p>Layout:
 *
 * <pre>{@code
 * { "rows": 202, "label_count": 6,
 *   "thresholds": [0.5, ...],
 *   "metrics": { "hamming_loss": ..., "subset_accuracy": ..., "micro_f1": ..., ... ,
 *                "predicted_cardinality": ..., "true_cardinality": ...,
 *                "rows_with_no_prediction": ... },
 *   "ranking": { "coverage_error": ..., "label_ranking_average_precision": ...,
 *                "label_ranking_loss": ..., "macro_roc_auc": ... },
 *   "per_label": [ { "index": 0, "label": "beach", "threshold": 0.5, "support": 71,
 *                    "tp": .., "fp": .., "fn": .., "tn": .., "precision": .., "recall": ..,
 *                    "f1": .., "roc_auc": .. }, ... ],
 *   "notes": [ ... ] }
 * }</pre>
 *
 * <p>Metric keys are the {@link Metric} names in lower case. Numbers are written in full precision,
 * so re-reading gives the identical doubles. JSON has no NaN: a value that is undefined (ROC AUC of
 * a label with only one class among the rows) is written as {@code null}, and a sentence in {@code
 * notes} says which value and why, so a reader never mistakes it for a zero.
 */
public final class MetricsJson {

  private MetricsJson() {}

  /** The JSON and CSV key of a metric: its enum name in lower case ({@code micro_f1}). */
  public static String key(Metric metric) {
    return metric.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Writes the report with labels named {@code label_1 … label_L}; prefer the overload with names.
   */
  public static void write(
      MetricReport report, RankingReport ranking, Thresholds thresholds, Writer out)
      throws IOException {
    List<String> names = new ArrayList<>();
    for (int k = 1; k <= report.labelCount(); k++) {
      names.add("label_" + k);
    }
    write(report, ranking, thresholds, names, out);
  }

  /**
   * @param report the threshold-dependent metrics
   * @param ranking the ranking metrics of the same predictions
   * @param thresholds the thresholds {@code report} was computed at
   * @param labelNames one name per label
   * @param out receives the JSON; flushed, not closed
   * @throws IllegalArgumentException when the four disagree on the number of labels
   */
  public static void write(
      MetricReport report,
      RankingReport ranking,
      Thresholds thresholds,
      List<String> labelNames,
      Writer out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Json.mapper().writeValue(out, toJson(report, ranking, thresholds, labelNames));
    out.flush();
  }

  /**
   * Writes a document built by {@link #toJson} (perhaps with fields added); flushed, not closed.
   */
  public static void write(ObjectNode document, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    Json.mapper().writeValue(out, document);
    out.flush();
  }

  /** The document {@link #write} writes, for callers that embed it in a larger one. */
  public static ObjectNode toJson(
      MetricReport report, RankingReport ranking, Thresholds thresholds, List<String> labelNames) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(thresholds, "thresholds");
    int l = report.labelCount();
    if (ranking.labelCount() != l || thresholds.labelCount() != l || labelNames.size() != l) {
      throw new IllegalArgumentException(
          Text.get(
              "export.metrics.labelCount",
              String.valueOf(l),
              String.valueOf(ranking.labelCount()),
              String.valueOf(thresholds.labelCount()),
              String.valueOf(labelNames.size())));
    }
    List<String> notes = new ArrayList<>();
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("rows", report.rows());
    root.put("label_count", l);
    ArrayNode t = root.putArray("thresholds");
    for (int k = 0; k < l; k++) {
      t.add(thresholds.of(k));
    }

    ObjectNode metrics = root.putObject("metrics");
    for (Metric m : Metric.values()) {
      metrics.put(key(m), m.valueIn(report));
    }
    metrics.put("predicted_cardinality", report.predictedCardinality());
    metrics.put("true_cardinality", report.trueCardinality());
    metrics.put("rows_with_no_prediction", report.rowsWithNoPrediction());

    ObjectNode rank = root.putObject("ranking");
    for (RankingMetric m : RankingMetric.values()) {
      putMaybeUndefined(rank, m.key(), m.valueIn(ranking));
    }
    rank.put("labels_with_defined_roc_auc", ranking.labelsWithDefinedAuc());
    if (Double.isNaN(ranking.macroRocAuc())) {
      notes.add(
          "macro_roc_auc is null: no label has both positive and negative rows, so no"
              + " ROC curve can be drawn");
    } else if (ranking.labelsWithDefinedAuc() < l) {
      notes.add(
          "macro_roc_auc averages only the "
              + ranking.labelsWithDefinedAuc()
              + " of "
              + l
              + " labels whose ROC AUC is defined");
    }

    putPerLabel(root.putArray("per_label"), report, ranking, thresholds, labelNames, notes);
    ArrayNode n = root.putArray("notes");
    notes.forEach(n::add);
    return root;
  }

  /** One block per label: its threshold, counts and scores; notes each undefined ROC AUC. */
  private static void putPerLabel(
      ArrayNode perLabel,
      MetricReport report,
      RankingReport ranking,
      Thresholds thresholds,
      List<String> labelNames,
      List<String> notes) {
    for (int k = 0; k < report.labelCount(); k++) {
      ConfusionCounts c = report.confusion(k);
      ObjectNode block = perLabel.addObject();
      block.put("index", k);
      block.put("label", labelNames.get(k));
      block.put("threshold", thresholds.of(k));
      block.put("support", report.support(k));
      block.put("tp", c.tp());
      block.put("fp", c.fp());
      block.put("fn", c.fn());
      block.put("tn", c.tn());
      block.put("precision", report.precision(k));
      block.put("recall", report.recall(k));
      block.put("f1", report.f1(k));
      putMaybeUndefined(block, "roc_auc", ranking.rocAuc(k));
      if (Double.isNaN(ranking.rocAuc(k))) {
        notes.add(
            "roc_auc of label '"
                + labelNames.get(k)
                + "' is null: "
                + (report.support(k) == 0 ? "no row carries it" : "every row carries it")
                + ", so its ROC curve (and area) is undefined");
      }
    }
  }

  private static void putMaybeUndefined(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
