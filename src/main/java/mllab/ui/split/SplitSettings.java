package mllab.ui.split;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import mllab.split.SplitMethod;
import mllab.split.Splitter;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Spinners;
import mllab.ui.common.Styles;

/**
 * The controls of step 3's split card: test fraction, seed, method and the validation share, each
 * kept in step with {@link SplitViewModel} both ways.
 */
final class SplitSettings {

  private final SplitViewModel model;

  SplitSettings(SplitViewModel model) {
    this.model = model;
  }

  /**
   * Makes the controls: the grid of fraction, seed and method, the note on a predefined split, the
   * validation check box and the validation share's row, in that order.
   */
  Node[] create() {
    Slider fraction = fractionSlider();
    Label fractionValue = new Label();
    fractionValue.setId(NodeIds.TEST_FRACTION_VALUE);
    fractionValue.textProperty().bind(model.testFractionProperty().asString(Locale.ROOT, "%.2f"));
    Spinner<Integer> seed = seedSpinner();
    RadioButton[] methods = methodButtons();
    CheckBox validation = new CheckBox(Text.get("split.validation"));
    validation.setId(NodeIds.SPLIT_VALIDATION);
    validation.setAccessibleHelp(Text.get("split.validation.help"));
    validation.setTooltip(new Tooltip(Text.get("split.validation.help")));
    Slider validationShare = validationShare(validation);
    Label validationValue = validationValue(validation, validationShare);
    followValidation(validation, validationShare);

    GridPane controls = grid(fraction, fractionValue, seed, methods);
    Label vl = new Label(Text.get("split.validationShare"));
    vl.setLabelFor(validationShare);
    validation.setWrapText(true);
    validationShare.setPrefWidth(240);
    HBox validationRow = new HBox(12, vl, validationShare, validationValue);
    validationRow.setAlignment(Pos.CENTER_LEFT);
    fraction.setPrefWidth(300);
    for (Node n : new Node[] {fraction, seed, methods[0], methods[1]}) {
      n.disableProperty().bind(model.predefined());
    }
    // A published split has no fraction, seed or method to choose: the controls give way to what
    // the dataset came with, instead of showing the lesson's 0.20 greyed out.
    controls.visibleProperty().bind(model.predefined().not());
    controls.managedProperty().bind(model.predefined().not());
    Label predefined = new Label();
    predefined.setId(NodeIds.SPLIT_PREDEFINED_NOTE);
    predefined.setWrapText(true);
    predefined.textProperty().bind(model.predefinedNoteProperty());
    predefined.visibleProperty().bind(model.predefined());
    predefined.managedProperty().bind(model.predefined());
    predefined.getStyleClass().add(Styles.MUTED);
    return new Node[] {controls, predefined, validation, validationRow};
  }

  private Slider fractionSlider() {
    Slider fraction = new Slider(0.05, 0.5, model.testFractionProperty().get());
    fraction.setId(NodeIds.TEST_FRACTION_SLIDER);
    fraction.setBlockIncrement(0.05);
    fraction.setMajorTickUnit(0.05);
    fraction.setMinorTickCount(0);
    fraction.setSnapToTicks(true);
    fraction.setShowTickMarks(true);
    fraction.setAccessibleText(Text.get("split.testFraction"));
    fraction.setTooltip(new Tooltip(Text.get("split.shareRowsHeldOut")));
    fraction.valueProperty().bindBidirectional(model.testFractionProperty());
    return fraction;
  }

  private Spinner<Integer> seedSpinner() {
    Spinner<Integer> seed =
        new Spinner<>(
            new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, 999_999, (int) model.seedProperty().get()));
    seed.setId(NodeIds.SPLIT_SEED);
    seed.setEditable(true);
    Spinners.keepValidIntegers(seed);
    seed.setAccessibleText(Text.get("split.splitSeed"));
    seed.setTooltip(new Tooltip(Text.get("split.sameSeedAlwaysGives")));
    seed.valueProperty().addListener((o, a, b) -> model.seedProperty().set(b));
    model.seedProperty().addListener((o, a, b) -> seed.getValueFactory().setValue(b.intValue()));
    seed.setPrefWidth(120);
    return seed;
  }

  /** Random and iterative stratification, in step with the view model's method. */
  private RadioButton[] methodButtons() {
    ToggleGroup methods = new ToggleGroup();
    RadioButton random = new RadioButton(Text.get("split.random"));
    random.setId(NodeIds.SPLIT_RANDOM);
    random.setToggleGroup(methods);
    random.setTooltip(new Tooltip(SplitMethod.RANDOM.definition()));
    RadioButton stratified = new RadioButton(Text.get("split.iterativeStratification"));
    stratified.setId(NodeIds.SPLIT_STRATIFIED);
    stratified.setToggleGroup(methods);
    stratified.setTooltip(new Tooltip(SplitMethod.ITERATIVE_STRATIFICATION.definition()));
    methods
        .selectedToggleProperty()
        .addListener(
            (o, a, b) -> {
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
    return new RadioButton[] {random, stratified};
  }

  private Slider validationShare(CheckBox validation) {
    Slider validationShare =
        new Slider(
            0.05,
            0.4,
            model.validationFractionProperty().get() > 0
                ? model.validationFractionProperty().get()
                : Splitter.DEFAULT_VALIDATION_FRACTION);
    validationShare.setId(NodeIds.VALIDATION_FRACTION_SLIDER);
    validationShare.setBlockIncrement(0.05);
    validationShare.setMajorTickUnit(0.05);
    validationShare.setMinorTickCount(0);
    validationShare.setSnapToTicks(true);
    validationShare.setAccessibleText(Text.get("split.validationShare"));
    validationShare.setAccessibleHelp(Text.get("split.validation.help"));
    validationShare.setTooltip(new Tooltip(Text.get("split.validation.help")));
    validationShare.disableProperty().bind(validation.selectedProperty().not());
    return validationShare;
  }

  private static Label validationValue(CheckBox validation, Slider validationShare) {
    Label validationValue = new Label();
    validationValue.setId(NodeIds.VALIDATION_FRACTION_VALUE);
    validationValue
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    validation.isSelected()
                        ? String.format(Locale.ROOT, "%.0f %%", validationShare.getValue() * 100)
                        : "",
                validationShare.valueProperty(),
                validation.selectedProperty()));
    return validationValue;
  }

  /** The check box and the share set the view model's validation fraction, and follow it. */
  private void followValidation(CheckBox validation, Slider validationShare) {
    Runnable pushValidation =
        () ->
            model
                .validationFractionProperty()
                .set(validation.isSelected() ? validationShare.getValue() : 0);
    validation.selectedProperty().addListener((o, a, b) -> pushValidation.run());
    validationShare.valueProperty().addListener((o, a, b) -> pushValidation.run());
    Runnable pullValidation =
        () -> {
          double v = model.validationFractionProperty().get();
          validation.setSelected(v > 0);
          if (v > 0) {
            validationShare.setValue(v);
          }
        };
    model.validationFractionProperty().addListener((o, a, b) -> pullValidation.run());
    pullValidation.run();
  }

  private static GridPane grid(
      Slider fraction, Label fractionValue, Spinner<Integer> seed, RadioButton[] methods) {
    GridPane controls = new GridPane();
    controls.setHgap(12);
    controls.setVgap(10);
    Label fl = new Label(Text.get("split.testFraction"));
    fl.setLabelFor(fraction);
    Label sl = new Label(Text.get("split.seed"));
    sl.setLabelFor(seed);
    controls.addRow(0, fl, fraction, fractionValue);
    controls.addRow(1, sl, seed);
    controls.addRow(2, new Label(Text.get("split.method")), new HBox(16, methods[0], methods[1]));
    GridPane.setColumnSpan(controls.getChildren().get(controls.getChildren().size() - 1), 2);
    return controls;
  }
}
