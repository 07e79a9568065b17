package mllab.ui.compare;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mllab.text.Text;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;

/**
 * The Compare view's controls card: the classifier chain's label order, the other class weighting,
 * Run and Cancel with the progress, and the threshold every method's table row is read at.
 */
final class CompareControls {

  private final CompareViewModel model;

  CompareControls(CompareViewModel model) {
    this.model = model;
  }

  Node create() {
    HBox orderRow = orderRow();
    HBox runRow = runRow();
    Label status = new Label();
    status.setId(NodeIds.COMPARE_STATUS);
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());
    HBox thresholdRow = thresholdRow();
    Node weightingRow = weightingRow();
    return StepLayout.card(
        Text.get("compare.controls.title"), orderRow, weightingRow, runRow, status, thresholdRow);
  }

  private HBox orderRow() {
    TextField order = new TextField();
    order.setId(NodeIds.COMPARE_CHAIN_ORDER);
    order.textProperty().bindBidirectional(model.chainOrderProperty());
    order.setAccessibleText(Text.get("compare.chainOrder"));
    order.setAccessibleHelp(Text.get("compare.chainOrder.help"));
    LazyTooltip.install(order, Text.get("compare.chainOrder.help"));
    HBox.setHgrow(order, Priority.ALWAYS);
    Label orderName = new Label(Text.get("compare.chainOrder"));
    orderName.setLabelFor(order);
    return row(orderName, order);
  }

  private HBox runRow() {
    Button run = new Button(Text.get("compare.run"));
    run.setId(NodeIds.COMPARE_RUN);
    run.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
    run.setAccessibleHelp(Text.get("compare.run.help"));
    LazyTooltip.install(run, Text.get("compare.run.help"));
    run.disableProperty().bind(model.runningProperty());
    run.setOnAction(e -> model.start());
    run.setDefaultButton(true);
    Button cancel = new Button(Text.get("compare.cancel"));
    cancel.setId(NodeIds.COMPARE_CANCEL);
    cancel.setAccessibleHelp(Text.get("compare.cancel.help"));
    LazyTooltip.install(cancel, Text.get("compare.cancel.help"));
    cancel.disableProperty().bind(model.runningProperty().not());
    cancel.setOnAction(e -> model.cancel());

    ProgressBar progress = new ProgressBar();
    progress.setId(NodeIds.COMPARE_PROGRESS);
    progress.progressProperty().bind(model.progressProperty());
    progress.setAccessibleText(Text.get("compare.progress"));
    progress.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(progress, Priority.ALWAYS);
    return row(run, cancel, progress);
  }

  private HBox thresholdRow() {
    Slider slider = new Slider(0, 1, model.thresholdProperty().get());
    slider.setId(NodeIds.COMPARE_THRESHOLD);
    slider.valueProperty().bindBidirectional(model.thresholdProperty());
    slider.setBlockIncrement(0.01);
    slider.setMajorTickUnit(0.1);
    slider.setShowTickMarks(true);
    slider.setAccessibleText(Text.get("compare.threshold"));
    slider.setAccessibleHelp(Text.get("compare.threshold.help"));
    LazyTooltip.install(slider, Text.get("compare.threshold.help"));
    HBox.setHgrow(slider, Priority.ALWAYS);
    Label sliderName = new Label(Text.get("compare.threshold"));
    sliderName.setLabelFor(slider);
    Label value = new Label();
    value.setId(NodeIds.COMPARE_THRESHOLD_VALUE);
    value
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.2f", model.thresholdProperty().get()),
                model.thresholdProperty()));
    return row(sliderName, slider, value);
  }

  /** The other class weighting's check box; with softmax outputs off, and why beside it. */
  private Node weightingRow() {
    CheckBox weighting = new CheckBox(Text.get("compare.otherWeighting"));
    weighting.setId(NodeIds.COMPARE_POS_WEIGHT);
    weighting.setMnemonicParsing(false); // "pos_weight" whole, not "posweight"
    weighting.setWrapText(true); // zoomed in, its sentence wraps rather than ending in "..."
    weighting.selectedProperty().bindBidirectional(model.otherWeightingProperty());
    weighting.setAccessibleHelp(Text.get("compare.otherWeighting.help"));
    LazyTooltip.install(weighting, Text.get("compare.otherWeighting.help"));
    weighting.setAccessibleText(Text.get("compare.otherWeighting"));
    if (model.otherWeightingOffered()) {
      weighting.disableProperty().bind(model.runningProperty());
      return weighting;
    }
    // Softmax outputs cannot take pos_weight: the box stays off and the reason is beside it.
    weighting.setSelected(false);
    weighting.setDisable(true);
    Label why = new Label(Text.get("compare.otherWeighting.softmax"));
    why.setId(NodeIds.COMPARE_POS_WEIGHT_REASON);
    why.setWrapText(true);
    weighting.setAccessibleHelp(Text.get("compare.otherWeighting.softmax"));
    return new VBox(4, weighting, why);
  }

  private static HBox row(Node... nodes) {
    HBox row = new HBox(10, nodes);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }
}
