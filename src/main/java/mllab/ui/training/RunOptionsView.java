package mllab.ui.training;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mllab.text.Text;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.Styles;

/** Step 4's controls for positive weights and early stopping; the state is the view model's. */
final class RunOptionsView {

  private RunOptionsView() {}

  static Node create(RunOptionsViewModel model, ObservableBooleanValue running) {
    CheckBox weights = new CheckBox(Text.get("training.posWeight"));
    weights.setId("setting-pos-weight");
    // "pos_weight" is a name: its underscore is no keyboard mnemonic.
    weights.setMnemonicParsing(false);
    weights.setWrapText(true);
    weights.selectedProperty().bindBidirectional(model.positiveWeightingProperty());
    weights.setAccessibleHelp(Text.get("training.posWeight.help"));
    LazyTooltip.install(weights, Text.get("training.posWeight.help"));
    weights.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        running::get, running));

    Spinner<Integer> patience = new Spinner<>(
        new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1000, model.patienceProperty().get()));
    patience.setId("setting-early-stopping");
    patience.setEditable(true);
    mllab.ui.common.Spinners.keepValidIntegers(patience);
    patience.setPrefWidth(100);
    patience.setAccessibleText(Text.get("training.earlyStopping"));
    patience.setAccessibleHelp(Text.get("training.earlyStopping.help"));
    LazyTooltip.install(patience, Text.get("training.earlyStopping.help"));
    patience.valueProperty().addListener((o, a, b) -> model.patienceProperty().set(b));
    model.patienceProperty().addListener(
        (o, a, b) -> patience.getValueFactory().setValue(b.intValue()));
    patience.disableProperty().bind(model.validationAvailableProperty().not()
        .or(javafx.beans.binding.Bindings.createBooleanBinding(running::get, running)));
    Label name = new Label(Text.get("training.earlyStopping"));
    name.setLabelFor(patience);
    name.setWrapText(true);
    Label note = new Label(Text.get("training.earlyStopping.needsValidation"));
    note.getStyleClass().add(Styles.MUTED);
    note.setWrapText(true);
    note.visibleProperty().bind(model.validationAvailableProperty().not());
    note.managedProperty().bind(note.visibleProperty());
    HBox row = new HBox(10, name, patience);
    row.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(8, weights, row, note);
    box.setId("run-options");
    return box;
  }
}
