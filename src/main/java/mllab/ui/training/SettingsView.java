package mllab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.util.StringConverter;
import mllab.model.Activation;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.text.Text;
import mllab.ui.common.Advanced;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;

/**
 * Step 4's hyper-parameters card in the side column: one labelled field or choice per setting of
 * the {@link SettingsForm}, each with its refusal under it, and the run options below. Every field
 * is locked while a run trains, and the card says so in plain view.
 */
final class SettingsView {

  private final SettingsForm form;
  private final ObservableBooleanValue running;

  SettingsView(SettingsForm form, ObservableBooleanValue running) {
    this.form = form;
    this.running = running;
  }

  Node createView(Node runOptions) {
    VBox card = StepLayout.card(Text.get("training.hyperParameters"), settings(), runOptions);
    card.setId(NodeIds.SETTINGS_CARD);
    Advanced.follow(card);
    return card;
  }

  /** A setting's help with the reason it cannot change while training runs. */
  private static String locked(String helpKey) {
    return Text.get("training.setting.locked", Text.get(helpKey));
  }

  private Node settings() {
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    int row = 0;
    for (Node[] cell : cells()) {
      grid.add(cell[0], 0, row);
      grid.add(cell[1], 1, row);
      GridPane.setHgrow(cell[1], Priority.ALWAYS);
      GridPane.setValignment(cell[0], VPos.TOP);
      GridPane.setMargin(cell[0], new Insets(6, 0, 0, 0));
      row++;
    }
    Label title = new Label();
    title.setId(NodeIds.SETTINGS_TITLE);
    title.getStyleClass().add(Styles.MUTED);
    title.setWrapText(true);
    // Disabled fields show no tooltip, so the reason they are locked is said in plain view.
    title
        .textProperty()
        .bind(
            Bindings.when(running)
                .then(Text.get("training.settings.locked"))
                .otherwise(Text.get("training.settings.title")));
    return new VBox(6, title, grid);
  }

  /** Each setting's label and field, in the order of the form. */
  private List<Node[]> cells() {
    List<Node[]> cells = new ArrayList<>();
    cells.add(
        textSetting(
            Text.get("training.epochs"),
            form.epochs(),
            "setting-epochs",
            locked("training.setting.epochs.help")));
    cells.add(
        textSetting(
            Text.get("training.hiddenUnits"),
            form.hidden(),
            "setting-hidden",
            locked("training.setting.hidden.help")));
    cells.add(
        choice(
            Text.get("training.activation"),
            form.activationProperty(),
            Activation.values(),
            "setting-activation",
            locked("training.setting.activation.help")));
    cells.add(
        choice(
            Text.get("training.output"),
            form.outputProperty(),
            OutputActivation.values(),
            "setting-output",
            locked("training.setting.output.help")));
    cells.add(
        choice(
            Text.get("training.optimizer"),
            form.optimizerProperty(),
            Optimizer.values(),
            "setting-optimizer",
            locked("training.setting.optimizer.help")));
    cells.add(
        textSetting(
            Text.get("training.learningRate"),
            form.learningRate(),
            "setting-learning-rate",
            locked("training.setting.learningRate.help")));
    cells.add(
        textSetting(
            Text.get("training.batchSize"),
            form.batchSize(),
            "setting-batch-size",
            locked("training.setting.batchSize.help")));
    cells.add(
        textSetting(
            Text.get("training.l2"), form.l2(), "setting-l2", locked("training.setting.l2.help")));
    cells.add(
        textSetting(
            Text.get("training.seed"),
            form.seed(),
            "setting-seed",
            locked("training.setting.seed.help")));
    return cells;
  }

  /** A label and a text field with its error message under it. */
  private Node[] textSetting(String text, Setting setting, String id, String tip) {
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(5);
    field.textProperty().bindBidirectional(setting.textProperty());
    field.setAccessibleText(text);
    field.setTooltip(new Tooltip(tip));
    field.disableProperty().bind(running);
    Label error = new Label();
    error.setId(id + "-error");
    error.getStyleClass().add(Styles.SETTING_ERROR);
    error.setWrapText(true);
    error.setMaxWidth(230);
    error.textProperty().bind(setting.errorProperty());
    error.visibleProperty().bind(setting.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    return new Node[] {label(text, field), new VBox(2, field, error)};
  }

  private <T> Node[] choice(
      String text, ObjectProperty<T> property, T[] values, String id, String tip) {
    ComboBox<T> box = new ComboBox<>();
    box.getItems().setAll(values);
    box.setId(id);
    box.valueProperty().bindBidirectional(property);
    box.setAccessibleText(text);
    box.setTooltip(new Tooltip(tip));
    box.setMaxWidth(Double.MAX_VALUE);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(T value) {
            return value == null ? "" : shortName(value);
          }

          @Override
          public T fromString(String string) {
            return property.get();
          }
        });
    box.disableProperty().bind(running);
    Label label = label(text, box);
    // Never narrower than its longest choice: the settings column widens instead of cutting
    // "SGD with momentum" to "SGD with mo…" when zoomed. Measured, not the box's own preferred
    // width, which keeps the widest it was ever laid out at (zoomed in and back, the settings
    // card stayed too wide for its column and ran off the window).
    // (Plus the cell's padding and the arrow button.)
    box.minWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> Math.ceil(widest(label.getFont(), values) + 3.2 * label.getFont().getSize()),
                label.fontProperty()));
    return new Node[] {label, box};
  }

  /** The output choice is shown by its function's name alone; the tooltip explains the contrast. */
  static String shortName(Object value) {
    return value instanceof OutputActivation o
        ? Text.get(
            o == OutputActivation.SOFTMAX
                ? "training.outputChoice.softmax"
                : "training.outputChoice.sigmoid")
        : value.toString();
  }

  /** The width of the widest of {@code values}' texts in {@code font}. */
  static double widest(Font font, Object[] values) {
    javafx.scene.text.Text probe = new javafx.scene.text.Text();
    probe.setFont(font);
    double widest = 0;
    for (Object v : values) {
      probe.setText(shortName(v));
      widest = Math.max(widest, probe.getLayoutBounds().getWidth());
    }
    return widest;
  }

  private static Label label(String text, Control field) {
    Label label = new Label(text);
    label.setLabelFor(field);
    label.setMinWidth(Region.USE_PREF_SIZE);
    field.setMaxWidth(Double.MAX_VALUE);
    return label;
  }
}
