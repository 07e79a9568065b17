package mllab.ui.training;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mllab.model.RunOptions;
import mllab.text.Text;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.Spinners;
import mllab.ui.common.Styles;

/**
 * Step 4's two choices that depend on the data, at the foot of the hyper-parameters card (beside
 * the curves, or below them when zoomed in, so they never push Play down): pos_weight for rare
 * labels, and early stopping on the validation loss, which says why it is off when step 3 holds out
 * no validation part. The state is {@link TrainingViewModel}'s.
 */
final class RunOptionsView {

  private RunOptionsView() {}

  static Node create(TrainingViewModel model) {
    String cap = String.valueOf((int) RunOptions.MAX_POSITIVE_WEIGHT);
    CheckBox weights = new CheckBox(Text.get("training.posWeight", cap));
    weights.setId("setting-pos-weight");
    // "pos_weight" is a name: its underscore is no keyboard mnemonic.
    weights.setMnemonicParsing(false);
    weights.setWrapText(true);
    weights.setAccessibleText(Text.get("training.posWeight.name"));
    LazyTooltip.install(weights, Text.get("training.posWeight.help", cap));
    weights.selectedProperty().bindBidirectional(model.positiveWeightingProperty());
    weights.disableProperty().bind(model.runningProperty());
    Label weightsError = new Label();
    weightsError.setId("setting-pos-weight-error");
    weightsError.getStyleClass().add(Styles.SETTING_ERROR);
    weightsError.setWrapText(true);
    weightsError.textProperty().bind(model.positiveWeightingErrorProperty());
    weightsError.visibleProperty().bind(model.positiveWeightingErrorProperty().isNotEmpty());
    weightsError.managedProperty().bind(weightsError.visibleProperty());

    CheckBox stopping = new CheckBox(Text.get("training.earlyStopping"));
    stopping.setId("setting-early-stopping");
    stopping.setAccessibleText(Text.get("training.earlyStopping.name"));
    LazyTooltip.install(stopping, Text.get("training.earlyStopping.help"));
    stopping.selectedProperty().bindBidirectional(model.earlyStoppingProperty());
    stopping.disableProperty().bind(model.canChooseEarlyStopping().not());
    Spinner<Integer> patience = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
        1, TrainingViewModel.MAX_PATIENCE, model.patienceProperty().get()));
    patience.setId("setting-patience");
    patience.setEditable(true);
    Spinners.keepValidIntegers(patience);
    patience.setPrefWidth(80);
    patience.setAccessibleText(Text.get("training.earlyStopping.patience"));
    LazyTooltip.install(patience, Text.get("training.earlyStopping.help"));
    patience.valueProperty().addListener((o, a, b) -> model.patienceProperty().set(b));
    model.patienceProperty().addListener(
        (o, a, b) -> patience.getValueFactory().setValue(b.intValue()));
    patience.disableProperty().bind(
        model.canChooseEarlyStopping().not().or(model.earlyStoppingProperty().not()));
    Label epochs = new Label(Text.get("training.earlyStopping.epochs"));
    epochs.setLabelFor(patience);
    epochs.setMinWidth(Label.USE_PREF_SIZE);
    epochs.disableProperty().bind(patience.disabledProperty());
    // In a narrow column the spinner and its unit wrap together under the check box, instead of
    // cutting its text or leaving the unit alone on a line.
    HBox amount = new HBox(8, patience, epochs);
    amount.setAlignment(Pos.CENTER_LEFT);
    FlowPane row = new FlowPane(8, 6, stopping, amount);
    row.setAlignment(Pos.CENTER_LEFT);
    // Disabled controls show no tooltip, so the reason, and the way out, is said in plain view;
    // the check box's help says it too, for a screen reader.
    Label needsValidation = new Label(
        Text.get("training.earlyStopping.needsValidation", Text.get("split.validation")));
    needsValidation.setId("early-stopping-reason");
    needsValidation.getStyleClass().add(Styles.MUTED);
    needsValidation.setWrapText(true);
    needsValidation.visibleProperty().bind(model.validationAvailableProperty().not());
    needsValidation.managedProperty().bind(needsValidation.visibleProperty());
    model.validationAvailableProperty().addListener((o, a, b) -> stopping.setAccessibleHelp(
        b ? Text.get("training.earlyStopping.help") : needsValidation.getText()));
    if (!model.validationAvailableProperty().get()) {
      stopping.setAccessibleHelp(needsValidation.getText());
    }

    Label title = new Label(Text.get("training.runOptions.title"));
    title.getStyleClass().add(Styles.MUTED);
    title.setWrapText(true);
    VBox box = new VBox(6, title, weights, weightsError, row, needsValidation);
    box.setId("run-options");
    return box;
  }
}
