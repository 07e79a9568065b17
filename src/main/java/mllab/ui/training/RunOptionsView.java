package mllab.ui.training;

import javafx.beans.value.ObservableBooleanValue;
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
import mllab.ui.common.NodeIds;
import mllab.ui.common.Spinners;
import mllab.ui.common.Styles;

/**
 * Step 4's two choices that depend on the data, at the foot of the hyper-parameters card (beside
 * the curves, or below them when zoomed in, so they never push Play down): pos_weight for rare
 * labels, and early stopping on the validation loss, which says why it is off when step 3 holds out
 * no validation part. The state is the {@link SettingsForm}'s.
 */
final class RunOptionsView {

  private RunOptionsView() {}

  /** The run options of {@code form}, locked while {@code running} is true. */
  static Node create(SettingsForm form, ObservableBooleanValue running) {
    Label title = new Label(Text.get("training.runOptions.title"));
    title.getStyleClass().add(Styles.MUTED);
    title.setWrapText(true);
    CheckBox weights = positiveWeighting(form, running);
    Label weightsError = new Label();
    weightsError.setId(NodeIds.SETTING_POS_WEIGHT_ERROR);
    weightsError.getStyleClass().add(Styles.SETTING_ERROR);
    weightsError.setWrapText(true);
    weightsError.textProperty().bind(form.positiveWeightingErrorProperty());
    weightsError.visibleProperty().bind(form.positiveWeightingErrorProperty().isNotEmpty());
    weightsError.managedProperty().bind(weightsError.visibleProperty());
    CheckBox stopping = new CheckBox(Text.get("training.earlyStopping"));
    Node row = earlyStopping(form, stopping);
    VBox box = new VBox(6, title, weights, weightsError, row, needsValidation(form, stopping));
    box.setId(NodeIds.RUN_OPTIONS);
    return box;
  }

  private static CheckBox positiveWeighting(SettingsForm form, ObservableBooleanValue running) {
    String cap = String.valueOf((int) RunOptions.MAX_POSITIVE_WEIGHT);
    CheckBox weights = new CheckBox(Text.get("training.posWeight", cap));
    weights.setId(NodeIds.SETTING_POS_WEIGHT);
    // "pos_weight" is a name: its underscore is no keyboard mnemonic.
    weights.setMnemonicParsing(false);
    weights.setWrapText(true);
    weights.setAccessibleText(Text.get("training.posWeight.name"));
    LazyTooltip.install(weights, Text.get("training.posWeight.help", cap));
    weights.selectedProperty().bindBidirectional(form.positiveWeightingProperty());
    weights.disableProperty().bind(running);
    return weights;
  }

  /** The early-stopping box {@code stopping} and the patience in epochs beside it. */
  private static Node earlyStopping(SettingsForm form, CheckBox stopping) {
    stopping.setId(NodeIds.SETTING_EARLY_STOPPING);
    stopping.setAccessibleText(Text.get("training.earlyStopping.name"));
    LazyTooltip.install(stopping, Text.get("training.earlyStopping.help"));
    stopping.selectedProperty().bindBidirectional(form.earlyStoppingProperty());
    stopping.disableProperty().bind(form.canChooseEarlyStopping().not());
    Spinner<Integer> patience =
        new Spinner<>(
            new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, SettingsForm.MAX_PATIENCE, form.patienceProperty().get()));
    patience.setId(NodeIds.SETTING_PATIENCE);
    patience.setEditable(true);
    Spinners.keepValidIntegers(patience);
    patience.setPrefWidth(80);
    patience.setAccessibleText(Text.get("training.earlyStopping.patience"));
    LazyTooltip.install(patience, Text.get("training.earlyStopping.help"));
    patience.valueProperty().addListener((o, a, b) -> form.patienceProperty().set(b));
    form.patienceProperty()
        .addListener((o, a, b) -> patience.getValueFactory().setValue(b.intValue()));
    patience
        .disableProperty()
        .bind(form.canChooseEarlyStopping().not().or(form.earlyStoppingProperty().not()));
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
    return row;
  }

  /**
   * Disabled controls show no tooltip, so the reason early stopping is off, and the way out, is
   * said in plain view; the check box's help says it too, for a screen reader.
   */
  private static Label needsValidation(SettingsForm form, CheckBox stopping) {
    Label needsValidation =
        new Label(Text.get("training.earlyStopping.needsValidation", Text.get("split.validation")));
    needsValidation.setId(NodeIds.EARLY_STOPPING_REASON);
    needsValidation.getStyleClass().add(Styles.MUTED);
    needsValidation.setWrapText(true);
    needsValidation.visibleProperty().bind(form.validationAvailableProperty().not());
    needsValidation.managedProperty().bind(needsValidation.visibleProperty());
    form.validationAvailableProperty()
        .addListener(
            (o, a, b) ->
                stopping.setAccessibleHelp(
                    b ? Text.get("training.earlyStopping.help") : needsValidation.getText()));
    if (!form.validationAvailableProperty().get()) {
      stopping.setAccessibleHelp(needsValidation.getText());
    }
    return needsValidation;
  }
}
