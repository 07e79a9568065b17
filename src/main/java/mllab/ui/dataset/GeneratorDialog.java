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
import mllab.ui.common.Styles;

/** The generator's knobs; OK generates a new synthetic dataset with them. */
public final class GeneratorDialog {

  private final Dialog<GeneratorSettings> dialog = new Dialog<>();
  private final TextField rows = field("rows", "Number of rows (photos)");
  private final TextField features = field("features", "Number of features");
  private final TextField labels = field("labels", "Number of labels");
  private final TextField noise = field("noise", "Feature noise: 0 is clean; larger blurs the signal");
  private final TextField prevalence =
      field("prevalence", "Share of rows with each label, comma-separated (one per label)");
  private final TextField correlation =
      field("correlation", "0 = labels independent, 1 = labels strongly tied to shared scenes");
  private final TextField seed = field("seed", "Same seed, same dataset");
  private final Label error = new Label();

  public GeneratorDialog(GeneratorSettings start) {
    rows.setText(String.valueOf(start.rows()));
    features.setText(String.valueOf(start.features()));
    labels.setText(String.valueOf(start.labels()));
    noise.setText(num(start.noise()));
    prevalence.setText(String.join(", ", Arrays.stream(start.prevalence()).mapToObj(GeneratorDialog::num).toList()));
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
    dialog.setTitle("Generate a dataset");
    dialog.setHeaderText("A synthetic multi-label dataset from the app's own generator");
    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(8);
    String[] names = {"Rows", "Features", "Labels", "Noise", "Prevalence per label", "Label correlation", "Seed"};
    TextField[] fields = {rows, features, labels, noise, prevalence, correlation, seed};
    for (int i = 0; i < fields.length; i++) {
      Label l = new Label(names[i]);
      l.setLabelFor(fields[i]);
      g.addRow(i, l, fields[i]);
    }
    error.setId("gen-error");
    error.setWrapText(true);
    error.getStyleClass().add(Styles.WARNING);
    error.setVisible(false);
    error.setManaged(false);
    error.setMaxWidth(460);
    dialog.getDialogPane().setContent(new VBox(10, g, error));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.setText("Generate");
    ok.setId("gen-ok");
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
    return dialog.showAndWait();
  }

  /** Parses the fields; throws with a message naming the bad value. */
  GeneratorSettings settings() {
    int l = integer(labels, "labels");
    String[] parts = prevalence.getText().split("[,;\\s]+");
    double[] p;
    if (parts.length == 1 && !parts[0].isBlank()) {
      p = new double[l];
      Arrays.fill(p, number(parts[0], "prevalence"));
    } else {
      p = new double[parts.length];
      for (int i = 0; i < parts.length; i++) {
        p[i] = number(parts[i], "prevalence");
      }
    }
    if (p.length != l) {
      throw new IllegalArgumentException(
          "prevalence has " + p.length + " values but there are " + l + " labels; give one value per label, or a single value for all");
    }
    return new GeneratorSettings(
        integer(rows, "rows"),
        integer(features, "features"),
        l,
        number(noise.getText(), "noise"),
        p,
        number(correlation.getText(), "label correlation"),
        Long.parseLong(checkedInteger(seed, "seed")));
  }

  private static int integer(TextField f, String name) {
    return Integer.parseInt(checkedInteger(f, name));
  }

  private static String checkedInteger(TextField f, String name) {
    String t = f.getText().trim();
    if (!t.matches("-?\\d{1,18}")) {
      throw new IllegalArgumentException(name + " '" + t + "' is not a whole number; type digits only, e.g. 1000");
    }
    if (!name.equals("seed") && t.length() > 9) {
      throw new IllegalArgumentException(name + " " + t + " is too large");
    }
    return t;
  }

  private static double number(String s, String name) {
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " '" + s.trim() + "' is not a number; use a decimal point, e.g. 0.3");
    }
  }
}
