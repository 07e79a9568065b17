package mllab.ui.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import mllab.data.GeneratorSettings;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/** The generator's knobs; OK generates a new synthetic dataset with them. */
public final class GeneratorDialog {

  private final Dialog<GeneratorSettings> dialog = new Dialog<>();
  private final TextField rows = field("rows", Text.get("dataset.generator.rows.help"));
  private final TextField features = field("features", Text.get("dataset.generator.features.help"));
  private final TextField labels = field("labels", Text.get("dataset.generator.labels.help"));
  private final TextField noise = field("noise", Text.get("dataset.generator.noise.help"));
  private final TextField prevalence =
      field("prevalence", Text.get("dataset.generator.prevalence.help"));
  private final TextField correlation =
      field("correlation", Text.get("dataset.generator.correlation.help"));
  private final TextField seed = field("seed", Text.get("dataset.generator.seed.help"));
  private final Label error = new Label();

  public GeneratorDialog(GeneratorSettings start) {
    rows.setText(String.valueOf(start.rows()));
    features.setText(String.valueOf(start.features()));
    labels.setText(String.valueOf(start.labels()));
    noise.setText(num(start.noise()));
    prevalence.setText(
        String.join(
            ", ", Arrays.stream(start.prevalence()).mapToObj(GeneratorDialog::num).toList()));
    correlation.setText(num(start.labelCorrelation()));
    seed.setText(String.valueOf(start.seed()));
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%s", v);
  }

  private static TextField field(String id, String help) {
    TextField f = new TextField();
    f.setId("gen-" + id);
    f.setAccessibleText(help);
    f.setTooltip(new Tooltip(help));
    f.setPrefColumnCount(16);
    return f;
  }

  /** Shows the dialog and returns the chosen settings, or empty on Cancel. */
  public Optional<GeneratorSettings> showAndWait(Window owner) {
    dialog.initOwner(owner);
    mllab.ui.common.Dialogs.styleLike(dialog, owner);
    dialog.setTitle(Text.get("dataset.generator.title"));
    dialog.setHeaderText(Text.get("dataset.generator.header"));
    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(8);
    String[] names = {
      Text.get("dataset.generator.rows"),
      Text.get("dataset.generator.features"),
      Text.get("dataset.generator.labels"),
      Text.get("dataset.generator.noise"),
      Text.get("dataset.generator.prevalence"),
      Text.get("dataset.generator.correlation"),
      Text.get("dataset.generator.seed"),
    };
    TextField[] fields = {rows, features, labels, noise, prevalence, correlation, seed};
    for (int i = 0; i < fields.length; i++) {
      Label l = new Label(names[i]);
      l.setLabelFor(fields[i]);
      g.addRow(i, l, fields[i]);
    }
    error.setId(NodeIds.GEN_ERROR);
    error.setWrapText(true);
    error.getStyleClass().add(Styles.WARNING);
    error.setVisible(false);
    error.setManaged(false);
    error.setMaxWidth(460);
    dialog.getDialogPane().setContent(new VBox(10, g, error));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.setText(Text.get("dataset.generator.ok"));
    ok.setId(NodeIds.GEN_OK);
    // Validate before closing: a bad value keeps the dialog open with the engine's message.
    ok.addEventFilter(
        javafx.event.ActionEvent.ACTION,
        e -> {
          try {
            settings();
          } catch (IllegalArgumentException ex) {
            error.setText(ex.getMessage());
            error.setVisible(true);
            error.setManaged(true);
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
            e.consume();
          }
        });
    dialog.setResultConverter(b -> b == ButtonType.OK ? settings() : null);
    // The first field has the focus, not OK: a keyboard user starts typing the rows at once.
    dialog.setOnShown(e -> rows.requestFocus());
    return dialog.showAndWait();
  }

  /** Parses the fields; throws with a message naming the bad value. */
  GeneratorSettings settings() {
    int l = integer(labels, Text.get("dataset.generator.name.labels"));
    GeneratorSettings.requireLabels(l);
    String[] parts = prevalence.getText().split("[,;\\s]+");
    double[] p;
    if (parts.length == 1 && !parts[0].isBlank()) {
      p = new double[l];
      Arrays.fill(p, number(parts[0], Text.get("dataset.generator.name.prevalence")));
    } else {
      p = new double[parts.length];
      for (int i = 0; i < parts.length; i++) {
        p[i] = number(parts[i], Text.get("dataset.generator.name.prevalence"));
      }
    }
    if (p.length != l) {
      throw new IllegalArgumentException(
          Text.get(
              "dataset.generator.error.prevalenceCount",
              String.valueOf(p.length),
              String.valueOf(l)));
    }
    return new GeneratorSettings(
        integer(rows, Text.get("dataset.generator.name.rows")),
        integer(features, Text.get("dataset.generator.name.features")),
        l,
        number(noise.getText(), Text.get("dataset.generator.name.noise")),
        p,
        number(correlation.getText(), Text.get("dataset.generator.name.correlation")),
        Long.parseLong(checkedInteger(seed, Text.get("dataset.generator.name.seed"), true)));
  }

  private static int integer(TextField f, String name) {
    return Integer.parseInt(checkedInteger(f, name, false));
  }

  /** {@code name} is the field as the messages call it; a seed may have up to 18 digits. */
  private static String checkedInteger(TextField f, String name, boolean isSeed) {
    String t = f.getText().trim();
    if (!t.matches("-?\\d{1,18}")) {
      throw new IllegalArgumentException(Text.get("dataset.generator.error.notWhole", name, t));
    }
    if (!isSeed && t.length() > 9) {
      throw new IllegalArgumentException(Text.get("dataset.generator.error.tooLarge", name, t));
    }
    return t;
  }

  private static double number(String s, String name) {
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          Text.get("dataset.generator.error.notNumber", name, s.trim()));
    }
  }
}
