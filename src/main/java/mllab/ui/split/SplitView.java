package mllab.ui.split;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mllab.pipeline.Step;
import mllab.split.Split;
import mllab.split.SplitMethod;
import mllab.split.Splitter;
import mllab.text.Text;
import mllab.ui.chart.Charts;
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
  private final mllab.ui.common.LabelList<LabelRates> rateList = new mllab.ui.common.LabelList<>(
      "label-rates", Text.get("rawdata.list.labels"), LabelRates::name, LabelRates::bars,
      java.util.List.of(
          new mllab.ui.common.LabelList.Order<>(Text.get("split.sort.gap"),
              java.util.Comparator.comparingDouble(LabelRates::gap).reversed()),
          new mllab.ui.common.LabelList.Order<>(Text.get("split.sort.train"),
              java.util.Comparator.comparingDouble(LabelRates::train).reversed()),
          new mllab.ui.common.LabelList.Order<>(Text.get("rawdata.sort.name"),
              java.util.Comparator.comparing(LabelRates::name, String.CASE_INSENSITIVE_ORDER))));

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
        b.add(new mllab.ui.common.LabelList.Bar(validation,
            Text.get("split.rate.validation", rate(validation))));
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

    Slider fraction = new Slider(0.05, 0.5, model.testFractionProperty().get());
    fraction.setId("test-fraction-slider");
    fraction.setBlockIncrement(0.05);
    fraction.setMajorTickUnit(0.05);
    fraction.setMinorTickCount(0);
    fraction.setSnapToTicks(true);
    fraction.setShowTickMarks(true);
    fraction.setAccessibleText(Text.get("split.testFraction"));
    fraction.setTooltip(new Tooltip(Text.get("split.shareRowsHeldOut")));
    fraction.valueProperty().bindBidirectional(model.testFractionProperty());
    Label fractionValue = new Label();
    fractionValue.setId("test-fraction-value");
    fractionValue.textProperty()
        .bind(model.testFractionProperty().asString(Locale.ROOT, "%.2f"));

    Spinner<Integer> seed = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 999_999, (int) model.seedProperty().get()));
    seed.setId("split-seed");
    seed.setEditable(true);
    mllab.ui.common.Spinners.keepValidIntegers(seed);
    seed.setAccessibleText(Text.get("split.splitSeed"));
    seed.setTooltip(new Tooltip(Text.get("split.sameSeedAlwaysGives")));
    seed.valueProperty().addListener((o, a, b) -> model.seedProperty().set(b));
    model.seedProperty().addListener((o, a, b) -> seed.getValueFactory().setValue(b.intValue()));
    seed.setPrefWidth(120);

    ToggleGroup methods = new ToggleGroup();
    RadioButton random = new RadioButton(Text.get("split.random"));
    random.setId("split-random");
    random.setToggleGroup(methods);
    random.setTooltip(new Tooltip(SplitMethod.RANDOM.definition()));
    RadioButton stratified = new RadioButton(Text.get("split.iterativeStratification"));
    stratified.setId("split-stratified");
    stratified.setToggleGroup(methods);
    stratified.setTooltip(new Tooltip(SplitMethod.ITERATIVE_STRATIFICATION.definition()));
    methods.selectedToggleProperty()
        .addListener((o, a, b) -> {
          if (b == random) {
            model.methodProperty().set(SplitMethod.RANDOM);
          } else if (b == stratified) {
            model.methodProperty().set(SplitMethod.ITERATIVE_STRATIFICATION);
          }
        });
    Runnable syncMethod =
        () -> {
          SplitMethod m = model.methodProperty().get();
          random.setSelected(m == SplitMethod.RANDOM);
          stratified.setSelected(m == SplitMethod.ITERATIVE_STRATIFICATION);
        };
    model.methodProperty().addListener((o, a, b) -> syncMethod.run());
    syncMethod.run();

    CheckBox validation = new CheckBox(Text.get("split.validation"));
    validation.setId("split-validation");
    validation.setAccessibleHelp(Text.get("split.validation.help"));
    validation.setTooltip(new Tooltip(Text.get("split.validation.help")));
    Slider validationShare = new Slider(0.05, 0.4,
        model.validationFractionProperty().get() > 0 ? model.validationFractionProperty().get()
            : Splitter.DEFAULT_VALIDATION_FRACTION);
    validationShare.setId("validation-fraction-slider");
    validationShare.setBlockIncrement(0.05);
    validationShare.setMajorTickUnit(0.05);
    validationShare.setMinorTickCount(0);
    validationShare.setSnapToTicks(true);
    validationShare.setAccessibleText(Text.get("split.validationShare"));
    validationShare.setAccessibleHelp(Text.get("split.validation.help"));
    validationShare.setTooltip(new Tooltip(Text.get("split.validation.help")));
    validationShare.disableProperty().bind(validation.selectedProperty().not());
    Label validationValue = new Label();
    validationValue.setId("validation-fraction-value");
    validationValue.textProperty().bind(Bindings.createStringBinding(
        () -> validation.isSelected()
            ? String.format(Locale.ROOT, "%.0f %%", validationShare.getValue() * 100) : "",
        validationShare.valueProperty(), validation.selectedProperty()));
    Runnable pushValidation = () -> model.validationFractionProperty().set(
        validation.isSelected() ? validationShare.getValue() : 0);
    validation.selectedProperty().addListener((o, a, b) -> pushValidation.run());
    validationShare.valueProperty().addListener((o, a, b) -> pushValidation.run());
    Runnable pullValidation = () -> {
      double v = model.validationFractionProperty().get();
      validation.setSelected(v > 0);
      if (v > 0) {
        validationShare.setValue(v);
      }
    };
    model.validationFractionProperty().addListener((o, a, b) -> pullValidation.run());
    pullValidation.run();

    GridPane controls = new GridPane();
    controls.setHgap(12);
    controls.setVgap(10);
    Label fl = new Label(Text.get("split.testFraction"));
    fl.setLabelFor(fraction);
    Label sl = new Label(Text.get("split.seed"));
    sl.setLabelFor(seed);
    controls.addRow(0, fl, fraction, fractionValue);
    controls.addRow(1, sl, seed);
    controls.addRow(2, new Label(Text.get("split.method")), new HBox(16, random, stratified));
    GridPane.setColumnSpan(controls.getChildren().get(controls.getChildren().size() - 1), 2);
    Label vl = new Label(Text.get("split.validationShare"));
    vl.setLabelFor(validationShare);
    validation.setWrapText(true);
    validationShare.setPrefWidth(240);
    HBox validationRow = new HBox(12, vl, validationShare, validationValue);
    validationRow.setAlignment(Pos.CENTER_LEFT);
    fraction.setPrefWidth(300);
    for (Node n : new Node[] {fraction, seed, random, stratified}) {
      n.disableProperty().bind(model.predefined());
    }
    Label predefined = new Label(Text.get("split.thisDatasetCameAs"));
    predefined.visibleProperty().bind(model.predefined());
    predefined.managedProperty().bind(model.predefined());
    predefined.getStyleClass().add(Styles.MUTED);

    trainPart.getStyleClass().addAll("split-train");
    testPart.getStyleClass().addAll("split-test");
    validationPart.getStyleClass().addAll("split-validation");
    trainPart.setId("train-count");
    testPart.setId("test-count");
    validationPart.setId("validation-count");
    for (Label l : new Label[] {trainPart, validationPart, testPart}) {
      l.setMaxWidth(Double.MAX_VALUE);
      l.setMaxHeight(Double.MAX_VALUE);
      l.setAlignment(Pos.CENTER);
      l.setMinWidth(90);
    }
    proportion.getChildren().setAll(trainPart, validationPart, testPart);
    proportion.setPrefHeight(44);
    proportion.setId("proportion-bar");
    VBox splitCard = StepLayout.card(Text.get("split.howRowsDivided"), proportion, controls, predefined,
        validation, validationRow);

    warning.setWrapText(true);
    warning.setId("split-warning");
    warning.getStyleClass().add(Styles.WARNING);
    warning.textProperty().bind(model.warningProperty());
    warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
    warning.managedProperty().bind(warning.visibleProperty());
    warning.setMaxWidth(Double.MAX_VALUE);
    gap.setId("rate-gap");
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
    int n = s.rows();
    trainPart.setText(Text.get("split.part.train", String.valueOf(s.train().rows())));
    testPart.setText(Text.get("split.part.test", String.valueOf(s.test().rows())));
    HBox.setHgrow(trainPart, Priority.ALWAYS);
    HBox.setHgrow(testPart, Priority.ALWAYS);
    trainPart.prefWidthProperty().bind(proportion.widthProperty().multiply(s.train().rows() / (double) n));
    testPart.prefWidthProperty().bind(proportion.widthProperty().multiply(s.test().rows() / (double) n));
    int v = s.validationRows();
    validationPart.setText(Text.get("split.part.validation", String.valueOf(v)));
    validationPart.setVisible(v > 0);
    validationPart.setManaged(v > 0);
    HBox.setHgrow(validationPart, Priority.ALWAYS);
    validationPart.prefWidthProperty().bind(proportion.widthProperty().multiply(v / (double) n));
    proportion.setAccessibleText(v > 0
        ? Text.get("split.part.descriptionValidation", String.valueOf(s.train().rows()),
            String.valueOf(v), String.valueOf(s.test().rows()))
        : Text.get("split.part.description",
            String.valueOf(s.train().rows()), String.valueOf(s.test().rows())));
    gap.setText(
        Text.get("split.gap",
            String.format(Locale.ROOT, "%.3f", s.maxPositiveRateGap()),
            s.method().displayName().toLowerCase(Locale.ROOT)));
    double[] tr = s.trainPositiveRates();
    double[] te = s.testPositiveRates();
    if (tr.length > CHART_LABELS) {
      // A thousand squeezed bars say nothing: one row per label, sorted by the gap, searchable.
      double[] va = s.validationPositiveRates().orElse(null);
      java.util.List<LabelRates> rows = new java.util.ArrayList<>(tr.length);
      for (int k = 0; k < tr.length; k++) {
        rows.add(new LabelRates(s.labelNames().get(k), tr[k], va == null ? Double.NaN : va[k], te[k]));
      }
      rateList.setItems(rows);
      chartHolder.getChildren().setAll(rateList.node());
      return;
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int k = 0; k < tr.length; k++) {
      int kk = k;
      data.addValue(tr[k], Text.get("split.series.train"), s.labelNames().get(k));
      s.validationPositiveRates().ifPresent(va -> data.addValue(
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
