package mllab.ui.evaluation;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import mllab.ui.compare.CompareWindow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Step 5's threshold card: the global slider, the per-label switch, F1-optimal and PCut, the notes
 * on how the thresholds were chosen, and the button that opens the comparison of methods.
 */
final class ThresholdView {

  private final ThresholdViewModel model;
  private final Slider slider = new Slider(0, 1, 0.5);
  private final ToggleButton perLabelToggle =
      new ToggleButton(Text.get("evaluation.oneThresholdPerLabel"));

  ThresholdView(ThresholdViewModel model) {
    this.model = model;
  }

  VBox createView() {
    VBox card =
        StepLayout.card(
            Text.get("evaluation.thresholdProbabilityLabel"),
            sliderRow(),
            sliderOff(),
            modes(),
            perLabelNote(),
            tuningNote(),
            leakageWarning(),
            compareButton());
    card.setId(NodeIds.THRESHOLD_CARD);
    TwoWay.numbers(slider.valueProperty(), model.sliderProperty(), 1e-12);
    perLabelToggle.selectedProperty().bindBidirectional(model.perLabelChosenProperty());
    return card;
  }

  private HBox sliderRow() {
    slider.setId(NodeIds.THRESHOLD_SLIDER);
    slider.setBlockIncrement(ThresholdViewModel.STEP);
    slider.setMajorTickUnit(0.1);
    slider.setMinorTickCount(0);
    slider.setShowTickMarks(true);
    slider.setShowTickLabels(true);
    slider.setPrefWidth(420);
    slider.setAccessibleText(Text.get("evaluation.threshold"));
    slider.setTooltip(new Tooltip(Text.get("evaluation.labelPredictedWhenIts")));
    HBox.setHgrow(slider, Priority.ALWAYS);
    // In per-label mode the main slider decides nothing: it is disabled, and says why.
    slider.disableProperty().bind(model.perLabelProperty());
    Label value = new Label();
    value.setId(NodeIds.THRESHOLD_VALUE);
    value.getStyleClass().add(Styles.BIG_NUMBER);
    value.setMinWidth(64);
    value.textProperty().bind(model.thresholdTextProperty());
    Label name = new Label(Text.get("evaluation.threshold"));
    name.setLabelFor(slider);
    HBox row = new HBox(12, name, slider, value);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Label sliderOff() {
    Label off =
        new Label(
            Text.get("evaluation.globalSliderOff", Text.get("evaluation.oneThresholdPerLabel")));
    off.setId(NodeIds.THRESHOLD_SLIDER_OFF);
    off.setWrapText(true);
    off.getStyleClass().add(Styles.MUTED);
    showWhile(off, model.perLabelProperty());
    return off;
  }

  private HBox modes() {
    perLabelToggle.setId(NodeIds.PER_LABEL_TOGGLE);
    perLabelToggle.setAccessibleText(Text.get("evaluation.oneThresholdPerLabel"));
    perLabelToggle.setTooltip(new Tooltip(Text.get("evaluation.giveEveryLabelIts")));
    Button f1 =
        new Button(Text.get("evaluation.f1OptimalPerLabel"), new FontIcon(Material2MZ.TUNE));
    f1.setId(NodeIds.F1_OPTIMAL_BUTTON);
    f1.setAccessibleText(Text.get("evaluation.setEachLabelThreshold"));
    f1.setTooltip(new Tooltip(Text.get("evaluation.eachLabelGetsThreshold")));
    f1.setOnAction(e -> model.useF1Optimal());
    f1.disableProperty().bind(model.sweepProperty().isNull());
    Button pcut = new Button(Text.get("evaluation.pcut"), new FontIcon(Material2MZ.STRAIGHTEN));
    pcut.setId(NodeIds.PCUT_BUTTON);
    pcut.setAccessibleText(Text.get("evaluation.proportionalCutMatchTraining"));
    pcut.setTooltip(new Tooltip(Text.get("evaluation.oneThresholdForEvery")));
    pcut.setOnAction(e -> model.usePCut());
    pcut.disableProperty().bind(model.sweepProperty().isNull());
    HBox modes = new HBox(10, perLabelToggle, f1, pcut);
    modes.setAlignment(Pos.CENTER_LEFT);
    return modes;
  }

  /** Each label's own slider is on its tile, in a list that holds 4 labels or 1,000 alike. */
  private Label perLabelNote() {
    Label note =
        new Label(
            Text.get(
                "evaluation.perLabelSlidersOnTiles",
                Text.get("evaluation.perLabelConfusionMatrix")));
    note.setId(NodeIds.PER_LABEL_NOTE);
    note.setWrapText(true);
    note.getStyleClass().add(Styles.MUTED);
    showWhile(note, model.perLabelProperty());
    return note;
  }

  private Label tuningNote() {
    Label tuning = new Label();
    tuning.setId(NodeIds.TUNING_NOTE);
    tuning.setWrapText(true);
    tuning.textProperty().bind(model.tuningProperty());
    showWhile(tuning, model.tuningProperty().isNotEmpty());
    return tuning;
  }

  private Label leakageWarning() {
    Label leakage = new Label(Text.get("evaluation.choosingThresholdsOnTest"));
    leakage.setId(NodeIds.LEAKAGE_WARNING);
    leakage.setWrapText(true);
    leakage.setMaxWidth(Double.MAX_VALUE);
    leakage.getStyleClass().add(Styles.WARNING);
    // Thresholds tuned on the validation rows are the honest alternative: no warning for them.
    showWhile(leakage, model.perLabelProperty().and(model.tunedOnValidationProperty().not()));
    return leakage;
  }

  /** Opens the Compare view: the same split with binary relevance, a chain, powerset, k-NN. */
  private Button compareButton() {
    Button compare =
        new Button(Text.get("evaluation.compareMethods"), new FontIcon(Material2AL.COMPARE_ARROWS));
    compare.setId(NodeIds.COMPARE_METHODS_BUTTON);
    compare.setAccessibleHelp(Text.get("evaluation.compareMethods.help"));
    compare.setTooltip(new Tooltip(Text.get("evaluation.compareMethods.help")));
    compare.setOnAction(
        e -> CompareWindow.open(compare.getScene().getWindow(), model.compareViewModel()));
    return compare;
  }

  private static void showWhile(Label label, javafx.beans.value.ObservableValue<Boolean> shown) {
    label.visibleProperty().bind(shown);
    label.managedProperty().bind(label.visibleProperty());
  }
}
