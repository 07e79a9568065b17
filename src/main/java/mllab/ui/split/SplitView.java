package mllab.ui.split;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mllab.pipeline.Step;
import mllab.split.Split;
import mllab.text.Text;
import mllab.ui.chart.Charts;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Step 3 screen: proportion bars, split controls, per-label positive rates train vs test. */
public final class SplitView {

  private final SplitViewModel model;
  private final StepLayout layout = new StepLayout(Step.SPLIT);
  private final HBox proportion = new HBox();
  private final Label trainPart = new Label();
  private final Label testPart = new Label();
  private final Label validationPart = new Label();
  private final Label warning = new Label();
  private final Label gap = new Label();
  private final StackPane chartHolder = new StackPane();

  /** Up to this many labels the rates are a bar chart; more read better as a searchable list. */
  static final int CHART_LABELS = 20;

  private final mllab.ui.common.LabelList<LabelRates> rateList =
      new mllab.ui.common.LabelList<>(
          "label-rates",
          Text.get("rawdata.list.labels"),
          LabelRates::name,
          LabelRates::bars,
          java.util.List.of(
              new mllab.ui.common.LabelList.Order<>(
                  Text.get("split.sort.gap"),
                  java.util.Comparator.comparingDouble(LabelRates::gap).reversed()),
              new mllab.ui.common.LabelList.Order<>(
                  Text.get("split.sort.train"),
                  java.util.Comparator.comparingDouble(LabelRates::train).reversed()),
              new mllab.ui.common.LabelList.Order<>(
                  Text.get("rawdata.sort.name"),
                  java.util.Comparator.comparing(
                      LabelRates::name, String.CASE_INSENSITIVE_ORDER))));

  /** One label's positive rate in each part of the split; validation is NaN without one. */
  record LabelRates(String name, double train, double validation, double test) {

    /** How far the test rate is from the training rate. */
    double gap() {
      return Math.abs(train - test);
    }

    java.util.List<mllab.ui.common.LabelList.Bar> bars() {
      java.util.List<mllab.ui.common.LabelList.Bar> b = new java.util.ArrayList<>();
      b.add(new mllab.ui.common.LabelList.Bar(train, Text.get("split.rate.train", rate(train))));
      if (!Double.isNaN(validation)) {
        b.add(
            new mllab.ui.common.LabelList.Bar(
                validation, Text.get("split.rate.validation", rate(validation))));
      }
      b.add(new mllab.ui.common.LabelList.Bar(test, Text.get("split.rate.test", rate(test))));
      return b;
    }

    private static String rate(double r) {
      return String.format(Locale.ROOT, "%.3f", r);
    }
  }

  public SplitView(SplitViewModel model) {
    this.model = model;
  }

  public Node createView() {
    Node root = layout.createView();
    Node[] settings = new SplitSettings(model).create();
    trainPart.getStyleClass().addAll("split-train");
    testPart.getStyleClass().addAll("split-test");
    validationPart.getStyleClass().addAll("split-validation");
    trainPart.setId(NodeIds.TRAIN_COUNT);
    testPart.setId(NodeIds.TEST_COUNT);
    validationPart.setId(NodeIds.VALIDATION_COUNT);
    for (Label l : new Label[] {trainPart, validationPart, testPart}) {
      l.setMaxWidth(Double.MAX_VALUE);
      l.setMaxHeight(Double.MAX_VALUE);
      l.setAlignment(Pos.CENTER);
      l.setMinWidth(90);
    }
    proportion.getChildren().setAll(trainPart, validationPart, testPart);
    proportion.setPrefHeight(44);
    proportion.setId(NodeIds.PROPORTION_BAR);
    VBox splitCard = StepLayout.card(Text.get("split.howRowsDivided"), proportion);
    splitCard.getChildren().addAll(settings);

    warning.setWrapText(true);
    warning.setId(NodeIds.SPLIT_WARNING);
    warning.getStyleClass().add(Styles.WARNING);
    warning.textProperty().bind(model.warningProperty());
    warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
    warning.managedProperty().bind(warning.visibleProperty());
    warning.setMaxWidth(Double.MAX_VALUE);
    gap.setId(NodeIds.RATE_GAP);
    gap.setWrapText(true);
    chartHolder.setPrefHeight(300);
    VBox rateCard = StepLayout.card(Text.get("split.positiveRatePerLabel"), gap, chartHolder);

    layout.main().getChildren().addAll(splitCard, warning, rateCard);
    bind();
    return root;
  }

  private void bind() {
    layout.follow(model.cardProperty(), model.pythonProperty());
    layout.followLesson(model.lessonProperty());
    model.splitProperty().addListener((o, a, b) -> show(b));
    show(model.splitProperty().get());
  }

  private void show(Split s) {
    if (s == null) {
      return;
    }
    showProportion(s);
    showRates(s);
  }

  /** The train, validation and test parts, each as wide as its share of the rows. */
  private void showProportion(Split s) {
    int n = s.rows();
    trainPart.setText(Text.get("split.part.train", mllab.text.Decimals.count(s.train().rows())));
    testPart.setText(Text.get("split.part.test", mllab.text.Decimals.count(s.test().rows())));
    HBox.setHgrow(trainPart, Priority.ALWAYS);
    HBox.setHgrow(testPart, Priority.ALWAYS);
    trainPart
        .prefWidthProperty()
        .bind(proportion.widthProperty().multiply(s.train().rows() / (double) n));
    testPart
        .prefWidthProperty()
        .bind(proportion.widthProperty().multiply(s.test().rows() / (double) n));
    int v = s.validationRows();
    validationPart.setText(Text.get("split.part.validation", mllab.text.Decimals.count(v)));
    validationPart.setVisible(v > 0);
    validationPart.setManaged(v > 0);
    HBox.setHgrow(validationPart, Priority.ALWAYS);
    validationPart.prefWidthProperty().bind(proportion.widthProperty().multiply(v / (double) n));
    proportion.setAccessibleText(
        v > 0
            ? Text.get(
                "split.part.descriptionValidation",
                mllab.text.Decimals.count(s.train().rows()),
                mllab.text.Decimals.count(v),
                mllab.text.Decimals.count(s.test().rows()))
            : Text.get(
                "split.part.description",
                mllab.text.Decimals.count(s.train().rows()),
                mllab.text.Decimals.count(s.test().rows())));
  }

  /** The largest gap in positive rates, and each label's rates as a chart or a list. */
  private void showRates(Split s) {
    gap.setText(
        Text.get(
            "split.gap",
            String.format(Locale.ROOT, "%.3f", s.maxPositiveRateGap()),
            s.method().displayName().toLowerCase(Locale.ROOT)));
    double[] tr = s.trainPositiveRates();
    double[] te = s.testPositiveRates();
    if (tr.length > CHART_LABELS) {
      // A thousand squeezed bars say nothing: one row per label, sorted by the gap, searchable.
      double[] va = s.validationPositiveRates().orElse(null);
      java.util.List<LabelRates> rows = new java.util.ArrayList<>(tr.length);
      for (int k = 0; k < tr.length; k++) {
        rows.add(
            new LabelRates(s.labelNames().get(k), tr[k], va == null ? Double.NaN : va[k], te[k]));
      }
      rateList.setItems(rows);
      chartHolder.getChildren().setAll(rateList.node());
      return;
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int k = 0; k < tr.length; k++) {
      int kk = k;
      data.addValue(tr[k], Text.get("split.series.train"), s.labelNames().get(k));
      s.validationPositiveRates()
          .ifPresent(
              va ->
                  data.addValue(
                      va[kk], Text.get("split.series.validation"), s.labelNames().get(kk)));
      data.addValue(te[k], Text.get("split.series.test"), s.labelNames().get(k));
    }
    ChartViewer chart =
        Charts.viewer(
            Charts.groupedBars(null, Text.get("split.positiveRate"), data),
            "rate-chart",
            Text.get("split.barChartEachLabel"));
    chartHolder.getChildren().setAll(chart);
  }
}
