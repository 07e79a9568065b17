package mllab.ui.trace;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import mllab.model.ForwardTrace;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.ColumnWindow;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/**
 * The trace's last layer: one row per label in the window with its logit, sigmoid and softmax
 * probabilities, the decision at the threshold and the true label. The rows' nodes are reused from
 * trace to trace.
 */
final class TraceOutputs {

  private static final double BAR = 90;

  private final GridPane outputs = new GridPane();
  private final Label softmaxSum = new Label();
  private final ColumnWindow labelWindow;
  private OutputRow[] outputRows = new OutputRow[0];
  private List<String> outputNames = List.of();
  private int outputCount = -1;

  /** The first label the built rows show. */
  private int labelFirst = -1;

  /**
   * @param onMove called after the label window moves, to show the trace again
   */
  TraceOutputs(int window, Runnable onMove) {
    labelWindow =
        new ColumnWindow(
            "trace-labels", Text.get("rawdata.columns.labels"), window, first -> onMove.run());
    outputs.setHgap(14);
    outputs.setVgap(6);
    outputs.setId(NodeIds.TRACE_OUTPUTS);
    softmaxSum.setId(NodeIds.TRACE_SOFTMAX_SUM);
    softmaxSum.getStyleClass().add(Styles.MUTED);
  }

  /** The window bar, the rows and the sums, in that order. */
  Node[] nodes() {
    return new Node[] {labelWindow.bar(), outputs, softmaxSum};
  }

  /** New model or test set: the window goes back to the first labels. */
  void reset() {
    labelFirst = -1;
  }

  /** No trace: no rows. */
  void clear() {
    outputs.getChildren().clear();
    outputRows = new OutputRow[0];
    outputNames = List.of();
    outputCount = -1;
    TraceView.setText(softmaxSum, "");
  }

  /** Shows a trace's outputs, building the rows only when the labels or the window changed. */
  void show(ForwardTrace t, int[] truth, List<String> names) {
    double[] z = t.logits();
    double[] sig = t.sigmoidProbabilities();
    double[] soft = t.softmaxProbabilities();
    int[] pred = t.labels();
    if (!names.equals(outputNames) || outputCount != z.length) {
      labelWindow.setNames(
          names.size() == z.length
              ? names
              : TraceView.unitNames(z.length, "training.net.unnamedLabel"));
      labelFirst = -1;
    }
    if (labelFirst != labelWindow.first()) {
      build(names, z.length);
    }
    double softTotal = sum(soft);
    for (int i = 0; i < outputRows.length; i++) {
      int k = labelFirst + i;
      OutputRow r = outputRows[i];
      TraceView.setText(r.logit, Decimals.fixed(z[k], 3));
      TraceView.setText(r.sigmoid, Decimals.fixed(sig[k], 3));
      setBar(r.sigmoidBar, sig[k]);
      TraceView.setText(r.softmax, Decimals.fixed(soft[k], 3));
      setBar(r.softmaxBar, soft[k]);
      showDecision(r, t, k, pred[k]);
      showTruth(r, k, truth, pred[k]);
    }
    TraceView.setText(
        softmaxSum,
        Text.get("trace.sums", Decimals.fixed(sum(sig), 3), Decimals.fixed(softTotal, 3)));
  }

  private static void showDecision(OutputRow r, ForwardTrace t, int k, int predicted) {
    double used = t.probabilities()[k];
    double limit = t.threshold(k);
    // As many digits as it takes for the written numbers to show the comparison that decided.
    int digits = Decimals.distinguishing(used, limit, 3);
    TraceView.setText(
        r.decision,
        Decimals.fixed(used, digits)
            + (used >= limit ? " ≥ " : " < ")
            + Decimals.fixed(limit, Math.max(2, digits))
            + " → "
            + predicted);
  }

  private static void showTruth(OutputRow r, int k, int[] truth, int predicted) {
    boolean known = k < truth.length;
    boolean right = known && truth[k] == predicted;
    // Right or wrong by a mark as well as by colour (the colour alone means "1" elsewhere).
    TraceView.setText(r.actual, known ? truth[k] + (right ? " ✓" : " ✗") : "");
    TraceView.setChip(r.actual, right);
    String tip =
        right
            ? Text.get("trace.predictionMatchesTruth")
            : Text.get("trace.predictionDiffersFromTruth");
    // The tooltip's text, and what a screen reader reads as the label's help at once.
    r.actual.setAccessibleHelp(tip);
    r.actual.setAccessibleText(
        known ? Text.get("trace.actualSpoken", String.valueOf(truth[k]), tip) : "");
  }

  /** The rows of the labels in the window. */
  private void build(List<String> names, int labels) {
    outputs.getChildren().clear();
    String[] heads = {
      Text.get("trace.column.label"),
      Text.get("trace.column.logit"),
      Text.get("trace.column.sigmoid"),
      "",
      Text.get("trace.column.softmax"),
      "",
      Text.get("trace.column.predicted"),
      Text.get("trace.column.true")
    };
    for (int c = 0; c < heads.length; c++) {
      Label head = new Label(heads[c]);
      head.getStyleClass().add(Styles.MUTED);
      outputs.add(head, c, 0);
    }
    labelFirst = labelWindow.first();
    int end = Math.min(labels, labelWindow.end());
    outputRows = new OutputRow[Math.max(0, end - labelFirst)];
    for (int k = labelFirst; k < end; k++) {
      OutputRow r = new OutputRow(k);
      outputRows[k - labelFirst] = r;
      outputs.addRow(
          k - labelFirst + 1,
          new Label(k < names.size() ? names.get(k) : ""),
          r.logit,
          r.sigmoid,
          r.sigmoidBar.getParent(),
          r.softmax,
          r.softmaxBar.getParent(),
          r.decision,
          r.actual);
    }
    outputNames = List.copyOf(names);
    outputCount = labels;
  }

  private static void setBar(Region fill, double v) {
    double w = Math.max(1, v * BAR);
    if (fill.getPrefWidth() != w) {
      fill.setPrefSize(w, 10);
      fill.setMaxSize(w, 10);
    }
  }

  /** The nodes of one output label's row, reused from trace to trace. */
  private static final class OutputRow {
    private final Label logit = number("trace-logit-");
    private final Label sigmoid = number("trace-sigmoid-");
    private final Region sigmoidBar = bar();
    private final Label softmax = number("trace-softmax-");
    private final Region softmaxBar = bar();
    private final Label decision = number("trace-predicted-");
    private final Label actual = new Label();

    OutputRow(int k) {
      for (Label l : new Label[] {logit, sigmoid, softmax, decision}) {
        l.setId(l.getId() + k);
      }
      actual.setId("trace-true-" + k);
      actual.getStyleClass().add(Styles.CHIP);
      // The tooltip says the help that every trace sets, and is made on the first hover.
      HelpTooltip.follow(actual);
    }
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }

  private static Label number(String idPrefix) {
    Label l = new Label();
    l.setId(idPrefix);
    l.getStyleClass().add(Styles.NUMBER);
    return l;
  }

  /** A bar's fill inside its fixed-width track; the fill's width is set by {@link #setBar}. */
  private static Region bar() {
    Region fill = new Region();
    fill.getStyleClass().add(Styles.BAR);
    Pane track = new HBox(fill);
    track.getStyleClass().add(Styles.BAR_TRACK);
    track.setMinSize(BAR, 10);
    track.setPrefSize(BAR, 10);
    track.setMaxSize(BAR, 10);
    return fill;
  }
}
