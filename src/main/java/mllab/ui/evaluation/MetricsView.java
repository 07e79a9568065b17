package mllab.ui.evaluation;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import mllab.eval.Metric;
import mllab.eval.RankingMetric;
import mllab.lesson.EvaluationSnapshot;
import mllab.text.Text;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import mllab.ui.common.Tips;

/**
 * Step 5's metrics card: the example-based metrics, precision, recall and F1 in their four
 * averages, and the ranking metrics, all read from the snapshot shown.
 */
final class MetricsView {

  /** The node ids of the ranking values, which tests and the tour look up. */
  private static final Map<RankingMetric, String> RANKING_IDS =
      Map.of(
          RankingMetric.COVERAGE_ERROR, "coverage-error",
          RankingMetric.LABEL_RANKING_AVERAGE_PRECISION, "lrap",
          RankingMetric.RANKING_LOSS, "ranking-loss",
          RankingMetric.MACRO_ROC_AUC, "macro-auc");

  private final MetricsViewModel model;
  private final Map<Metric, Label> metricValues = new EnumMap<>(Metric.class);
  private final Map<RankingMetric, Label> rankingValues = new EnumMap<>(RankingMetric.class);

  MetricsView(MetricsViewModel model) {
    this.model = model;
  }

  VBox createView() {
    Label hint = new Label(Text.get("evaluation.microPoolsAllLabels"));
    hint.setWrapText(true);
    hint.getStyleClass().add(Styles.MUTED);
    VBox card =
        StepLayout.card(
            Text.get("evaluation.metricsAtThisThreshold"),
            noPredictionHint(),
            headline(),
            averaged(),
            hint,
            new Separator(),
            ranking());
    card.setId(NodeIds.METRICS_CARD);
    Label title = (Label) card.getChildren().get(0);
    title.setId(NodeIds.METRICS_TITLE);
    title.textProperty().bind(model.titleProperty());
    model.snapshotProperty().addListener((o, a, s) -> showReport(s));
    model.rankingProperty().addListener((o, a, r) -> showRanking());
    showReport(model.snapshotProperty().get());
    showRanking();
    return card;
  }

  /** Above the zeros it explains: shown only while the thresholds predict no label at all. */
  private Label noPredictionHint() {
    Label l = new Label();
    l.setId(NodeIds.NO_PREDICTION_HINT);
    l.setWrapText(true);
    l.getStyleClass().add(Styles.INFO);
    l.textProperty().bind(model.noPredictionProperty());
    l.visibleProperty().bind(model.noPredictionProperty().isNotEmpty());
    l.managedProperty().bind(l.visibleProperty());
    return l;
  }

  /** A flow of name-over-value pairs: zoomed in, they wrap instead of cutting the names. */
  private FlowPane headline() {
    FlowPane single = new FlowPane(24, 8);
    Metric[] headline = {
      Metric.HAMMING_LOSS, Metric.LABEL_ACCURACY, Metric.SUBSET_ACCURACY, Metric.JACCARD
    };
    for (Metric m : headline) {
      Label name = new Label(m.displayName());
      tip(name, m.definition(), true);
      single.getChildren().add(new VBox(2, name, metricValue(m)));
    }
    return single;
  }

  private GridPane averaged() {
    GridPane averaged = new GridPane();
    averaged.setHgap(24);
    averaged.setVgap(4);
    averaged.setId(NodeIds.AVERAGED_METRICS);
    String[] averages = {
      Text.get("evaluation.average.micro"),
      Text.get("evaluation.average.macro"),
      Text.get("evaluation.average.weighted"),
      Text.get("evaluation.average.samples")
    };
    for (int c = 0; c < averages.length; c++) {
      Label h = new Label(averages[c]);
      h.getStyleClass().add(Styles.MUTED);
      averaged.add(h, c + 1, 0);
    }
    Metric[][] grid = {
      {
        Metric.MICRO_PRECISION,
        Metric.MACRO_PRECISION,
        Metric.WEIGHTED_PRECISION,
        Metric.SAMPLES_PRECISION
      },
      {Metric.MICRO_RECALL, Metric.MACRO_RECALL, Metric.WEIGHTED_RECALL, Metric.SAMPLES_RECALL},
      {Metric.MICRO_F1, Metric.MACRO_F1, Metric.WEIGHTED_F1, Metric.SAMPLES_F1},
    };
    String[] rows = {
      Text.get("evaluation.precision"), Text.get("evaluation.recall"), Text.get("evaluation.f1")
    };
    for (int r = 0; r < grid.length; r++) {
      averaged.add(new Label(rows[r]), 0, r + 1);
      for (int c = 0; c < grid[r].length; c++) {
        averaged.add(metricValue(grid[r][c]), c + 1, r + 1);
      }
    }
    return averaged;
  }

  private VBox ranking() {
    GridPane ranking = new GridPane();
    ranking.setHgap(24);
    ranking.setVgap(2);
    ranking.setId(NodeIds.RANKING_METRICS);
    RankingMetric[] rankMetrics = RankingMetric.values();
    for (int i = 0; i < rankMetrics.length; i++) {
      RankingMetric m = rankMetrics[i];
      Label n = new Label(m.displayName());
      tip(n, m.definition(), false);
      Label v = new Label("…");
      v.setId("ranking-" + RANKING_IDS.get(m));
      v.getStyleClass().addAll(Styles.NUMBER, Styles.METRIC_VALUE);
      tip(v, m.definition(), false);
      speakNameAndValue(v, m.displayName());
      rankingValues.put(m, v);
      ranking.add(n, i, 0);
      ranking.add(v, i, 1);
    }
    Label rankingTitle = new Label(Text.get("evaluation.rankingMetricsDoNot"));
    rankingTitle.getStyleClass().add(Styles.CARD_TITLE);
    Label rankingHint = new Label(Text.get("evaluation.theyReadOnlyOrder"));
    rankingHint.getStyleClass().add(Styles.MUTED);
    rankingHint.setWrapText(true);
    VBox rankingBox = new VBox(6, rankingTitle, rankingHint, ranking);
    rankingBox.setId(NodeIds.RANKING_CARD);
    return rankingBox;
  }

  private Label metricValue(Metric m) {
    Label v = new Label("–");
    v.setId("metric-" + m.name());
    v.getStyleClass().addAll(Styles.NUMBER, Styles.METRIC_VALUE);
    tip(
        v,
        Text.get(
            m.higherIsBetter()
                ? "evaluation.metric.tooltip.higher"
                : "evaluation.metric.tooltip.lower",
            m.displayName(),
            m.definition()),
        true);
    speakNameAndValue(v, m.displayName());
    metricValues.put(m, v);
    return v;
  }

  /**
   * Gives {@code l} a tooltip saying {@code text} (wrapped into a block if {@code wrap}), made on
   * the first hover: the card has over twenty, which made up front held up step 5's first frame. A
   * screen reader gets the same text as the label's help at once, as it did from the tooltip.
   */
  private static void tip(Label l, String text, boolean wrap) {
    l.setAccessibleHelp(text);
    LazyTooltip.onFirstHover(l, () -> l.setTooltip(wrap ? Tips.wrapping(text) : new Tooltip(text)));
  }

  /**
   * A screen reader reads a label's accessible text instead of its text: with the name alone it
   * would say "Label accuracy" and never the number, so it gets both, kept up to date.
   */
  private static void speakNameAndValue(Label value, String name) {
    value
        .accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () -> Text.get("evaluation.metric.spoken", name, value.getText()),
                value.textProperty()));
  }

  private void showReport(EvaluationSnapshot s) {
    if (s == null) {
      return;
    }
    for (Map.Entry<Metric, Label> e : metricValues.entrySet()) {
      EvaluationView.setText(e.getValue(), model.value(e.getKey()));
    }
  }

  private void showRanking() {
    for (Map.Entry<RankingMetric, Label> e : rankingValues.entrySet()) {
      e.getValue().setText(model.value(e.getKey()));
    }
  }
}
