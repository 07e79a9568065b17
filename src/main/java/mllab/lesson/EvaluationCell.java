package mllab.lesson;

import java.util.ArrayList;
import java.util.List;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.pipeline.Step;

/**
 * The Evaluation step's cell of a {@link PythonNotebook}: scikit-learn's metrics at the app's
 * thresholds, printed as the Evaluation panel shows them. It needs no session, so that an {@link
 * EvaluationSnapshot} can build it on any thread.
 */
final class EvaluationCell {

  private EvaluationCell() {}

  /** The Evaluation cell for {@code p} at {@code t}; {@code r} is their metric report. */
  static PythonCell of(Predictions p, Thresholds t, MetricReport r) {
    String printed =
        PyFormat.round(r.hammingLoss(), 3)
            + " "
            + PyFormat.round(r.subsetAccuracy(), 3)
            + "\n"
            + PyFormat.round(r.microF1(), 3)
            + " "
            + PyFormat.round(r.macroF1(), 3);
    return PythonCell.printing(Step.EVALUATION, code(t, p.labelNames()), printed);
  }

  /**
   * The Evaluation cell's code at {@code t}: it prints two lines and writes the reproduced metrics.
   */
  static String code(Thresholds t, List<String> labelNames) {
    return "from sklearn.metrics import (accuracy_score, coverage_error, f1_score, hamming_loss,\n"
        + "                             jaccard_score, label_ranking_average_precision_score,\n"
        + "                             label_ranking_loss, precision_score, recall_score,\n"
        + "                             roc_auc_score)\n\n"
        + "with open("
        + PyFormat.str(PythonNotebook.THRESHOLDS)
        + ", encoding=\"utf-8\") as f:\n"
        + "    thresholds = np.array(json.load(f)[\"thresholds\"])  # "
        + thresholdsComment(t, labelNames)
        + "\n"
        + "preds = (P >= thresholds).astype(int)  # a label is predicted at probability >= its threshold\n"
        + "z = {\"zero_division\": 0}\n"
        + "metrics = {\"hamming_loss\": hamming_loss(Y_test, preds),\n"
        + "           \"label_accuracy\": 1 - hamming_loss(Y_test, preds),\n"
        + "           \"subset_accuracy\": accuracy_score(Y_test, preds),\n"
        + "           \"jaccard\": jaccard_score(Y_test, preds, average=\"samples\", **z)}\n"
        + "for avg in (\"micro\", \"macro\", \"weighted\", \"samples\"):\n"
        + "    metrics[avg + \"_precision\"] = precision_score(Y_test, preds, average=avg, **z)\n"
        + "    metrics[avg + \"_recall\"] = recall_score(Y_test, preds, average=avg, **z)\n"
        + "    metrics[avg + \"_f1\"] = f1_score(Y_test, preds, average=avg, **z)\n"
        + "metrics = {k: float(v) for k, v in metrics.items()}\n"
        + "metrics[\"predicted_cardinality\"] = float(preds.sum(axis=1).mean())\n"
        + "metrics[\"true_cardinality\"] = float(Y_test.sum(axis=1).mean())\n"
        + "metrics[\"rows_with_no_prediction\"] = int((preds.sum(axis=1) == 0).sum())\n"
        + "# ROC AUC needs both classes among the test rows\n"
        + "aucs = [roc_auc_score(Y_test[:, k], P[:, k]) for k in range(Y_test.shape[1])\n"
        + "        if 0 < Y_test[:, k].sum() < len(Y_test)]\n"
        + "ranking = {\"coverage_error\": float(coverage_error(Y_test, P)),\n"
        + "           \"label_ranking_average_precision\": float(label_ranking_average_precision_score(Y_test, P)),\n"
        + "           \"label_ranking_loss\": float(label_ranking_loss(Y_test, P)),\n"
        + "           \"macro_roc_auc\": float(np.mean(aucs)) if aucs else None,\n"
        + "           \"labels_with_defined_roc_auc\": len(aucs)}\n"
        + "print(round(metrics[\"hamming_loss\"], 3), round(metrics[\"subset_accuracy\"], 3))\n"
        + "print(round(metrics[\"micro_f1\"], 3), round(metrics[\"macro_f1\"], 3))\n"
        + "with open("
        + PyFormat.str(PythonNotebook.REPRODUCED_METRICS)
        + ", \"w\", encoding=\"utf-8\") as f:\n"
        + "    json.dump({\"metrics\": metrics, \"ranking\": ranking}, f, indent=2)";
  }

  /** "the app's: 0.5 for every label" or "the app's, per label: beach 0.4, sunset 0.5, …". */
  private static String thresholdsComment(Thresholds thresholds, List<String> names) {
    double[] t = thresholds.toArray();
    boolean same = true;
    for (double v : t) {
      same &= v == t[0];
    }
    if (same) {
      return "the app's: " + PyFormat.repr(t[0]) + " for every label";
    }
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < Math.min(t.length, 4); k++) {
      // a label name in a comment: no line break may end the comment early
      parts.add(names.get(k).replaceAll("\\s+", " ") + " " + PyFormat.repr(t[k]));
    }
    return "the app's, per label: " + String.join(", ", parts) + (t.length > 4 ? ", ..." : "");
  }
}
