package mllab.ui.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.model.ForwardTrace;
import mllab.ui.common.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One test row through the network, in four layers: the scaled inputs (editable), the hidden
 * activations, the output logits with sigmoid and softmax probabilities, and the decisions at the
 * threshold beside the true labels.
 */
public final class TraceView {

  private static final double BAR = 90;

  private final TraceViewModel model;
  private final Spinner<Integer> rowChooser = new Spinner<>();
  private final Label editedNote = new Label();
  private final GridPane inputs = new GridPane();
  private final FlowPane hidden = new FlowPane(6, 6);
  private final GridPane outputs = new GridPane();
  private final Label softmaxSum = new Label();
  private final List<Slider> featureSliders = new ArrayList<>();
  private final List<TextField> featureFields = new ArrayList<>();
  private boolean syncing;

  public TraceView(TraceViewModel model) {
    this.model = model;
  }

  public Node createView() {
    rowChooser.setId("trace-row");
    rowChooser.setEditable(true);
    rowChooser.setPrefWidth(110);
    rowChooser.setAccessibleText("Test row to trace");
    rowChooser.setTooltip(new Tooltip("Pick a test row (or click a row in the predictions table)"));
    Label pick = new Label("Test row");
    pick.setLabelFor(rowChooser);
    Button reset = new Button("Restore the row's own values", new FontIcon(Material2MZ.REFRESH));
    reset.setId("trace-reset");
    reset.setAccessibleText("Restore the row's own input values");
    reset.setTooltip(new Tooltip("Undo your edits to the inputs"));
    reset.setOnAction(e -> model.resetRow());
    reset.disableProperty().bind(model.editedProperty().not());
    editedNote.setId("trace-edited");
    editedNote.getStyleClass().add(Styles.MUTED);
    HBox top = new HBox(12, pick, rowChooser, reset, editedNote);
    top.setAlignment(Pos.CENTER_LEFT);

    inputs.setHgap(8);
    inputs.setVgap(2);
    inputs.setId("trace-inputs");
    hidden.setId("trace-hidden");
    outputs.setHgap(14);
    outputs.setVgap(6);
    outputs.setId("trace-outputs");
    softmaxSum.setId("trace-softmax-sum");
    softmaxSum.getStyleClass().add(Styles.MUTED);

    VBox layer1 = layer("Layer 1 · input features (scaled 0–1) — edit one and watch every layer",
        inputs);
    VBox layer2 = layer("Layer 2 · hidden activations", hidden);
    Label contrast = new Label(
        "Sigmoid gives each label its own probability: several can be high at once."
            + " Softmax of the same logits forces the labels to compete for a total of 1,"
            + " so it cannot say \"two labels, both surely\".");
    contrast.setWrapText(true);
    contrast.getStyleClass().add(Styles.MUTED);
    VBox layer3 = layer("Layers 3–4 · logits → probabilities → labels at the threshold",
        outputs, softmaxSum, contrast);
    VBox content = new VBox(12, top, layer1, layer2, layer3);
    content.setId("trace-content");
    Label notReady = new Label("Train the model in step 4 first: there is no prediction to trace.");
    notReady.visibleProperty().bind(model.readyProperty().not());
    notReady.managedProperty().bind(notReady.visibleProperty());
    content.visibleProperty().bind(model.readyProperty());
    content.managedProperty().bind(content.visibleProperty());
    VBox root = new VBox(notReady, content);
    ScrollPane scroll = new ScrollPane(root);
    scroll.setFitToWidth(true);
    scroll.setId("trace-view");
    scroll.setPrefViewportHeight(640);
    bind();
    return scroll;
  }

  private static VBox layer(String title, Node... content) {
    Label t = new Label(title);
    t.getStyleClass().add(Styles.CARD_TITLE);
    VBox box = new VBox(6, t);
    box.getChildren().addAll(content);
    box.getStyleClass().add(Styles.TRACE_LAYER);
    return box;
  }

  private void bind() {
    rowChooser.valueProperty().addListener((o, a, b) -> {
      if (!syncing && b != null && b >= 1 && b <= model.rowCountProperty().get()) {
        model.selectRow(b - 1);
      }
    });
    model.rowCountProperty().addListener((o, a, b) -> rebuild());
    model.rowProperty().addListener((o, a, b) -> showRow());
    model.inputProperty().addListener((o, a, b) -> showInput(b));
    model.traceProperty().addListener((o, a, b) -> showTrace(b));
    model.editedProperty().addListener((o, a, b) -> editedNote.setText(
        b ? "Edited: this is no longer the real row" : ""));
    model.readyProperty().addListener((o, a, b) -> rebuild());
    rebuild();
  }

  /** New model or test set: one input row per feature. */
  private void rebuild() {
    syncing = true;
    int n = Math.max(1, model.rowCountProperty().get());
    rowChooser.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, n,
        model.rowProperty().get() + 1));
    syncing = false;
    inputs.getChildren().clear();
    featureSliders.clear();
    featureFields.clear();
    List<String> names = model.featureNames();
    for (int j = 0; j < names.size(); j++) {
      int feature = j;
      Label name = new Label(names.get(j));
      Slider s = new Slider(0, 1, 0);
      s.setId("trace-feature-slider-" + j);
      s.setBlockIncrement(0.01);
      s.setPrefWidth(150);
      s.setAccessibleText("Scaled value of " + names.get(j));
      s.setTooltip(new Tooltip("Drag to change " + names.get(j) + " (scaled 0–1)"));
      name.setLabelFor(s);
      s.valueProperty().addListener((o, a, b) -> {
        if (!syncing) {
          model.setFeature(feature, b.doubleValue());
        }
      });
      TextField field = new TextField();
      field.setId("trace-feature-field-" + j);
      field.setPrefColumnCount(4);
      field.setAccessibleText("Typed scaled value of " + names.get(j));
      field.setTooltip(new Tooltip("Type a value and press Enter"));
      field.setOnAction(e -> commit(feature, field));
      field.focusedProperty().addListener((o, a, b) -> {
        if (!b) {
          commit(feature, field);
        }
      });
      featureSliders.add(s);
      featureFields.add(field);
      // Two columns of features, so that the outputs stay in sight while editing.
      int half = (names.size() + 1) / 2;
      int col = j < half ? 0 : 3;
      int row = j < half ? j : j - half;
      inputs.add(name, col, row);
      inputs.add(s, col + 1, row);
      inputs.add(field, col + 2, row);
    }
    showInput(model.inputProperty().get());
    showTrace(model.traceProperty().get());
  }

  private void commit(int feature, TextField field) {
    try {
      double v = Double.parseDouble(field.getText().trim().replace(',', '.'));
      if (Double.isFinite(v)) {
        model.setFeature(feature, v);
        return;
      }
    } catch (NumberFormatException e) {
      // fall through: put the current value back
    }
    showInput(model.inputProperty().get());
  }

  private void showRow() {
    syncing = true;
    rowChooser.getValueFactory().setValue(model.rowProperty().get() + 1);
    syncing = false;
  }

  private void showInput(double[] x) {
    syncing = true;
    for (int j = 0; j < featureSliders.size() && j < x.length; j++) {
      featureSliders.get(j).setValue(Math.max(0, Math.min(1, x[j])));
      String text = String.format(Locale.ROOT, "%.3f", x[j]);
      if (!featureFields.get(j).isFocused() || !text.equals(featureFields.get(j).getText())) {
        featureFields.get(j).setText(text);
      }
    }
    syncing = false;
  }

  private void showTrace(ForwardTrace t) {
    hidden.getChildren().clear();
    outputs.getChildren().clear();
    if (t == null) {
      return;
    }
    double[][] h = t.hiddenActivations();
    for (int layer = 0; layer < h.length; layer++) {
      for (int u = 0; u < h[layer].length; u++) {
        Label unit = new Label(String.format(Locale.ROOT, "h%d = %.2f", u + 1, h[layer][u]));
        unit.setId("trace-hidden-" + layer + "-" + u);
        unit.getStyleClass().addAll(Styles.NUMBER, Styles.CHIP,
            h[layer][u] > 0 ? Styles.CHIP_ON : Styles.CHIP_OFF);
        hidden.getChildren().add(unit);
      }
    }
    String[] heads = {"label", "logit", "sigmoid", "", "softmax", "", "predicted", "true"};
    for (int c = 0; c < heads.length; c++) {
      Label head = new Label(heads[c]);
      head.getStyleClass().add(Styles.MUTED);
      outputs.add(head, c, 0);
    }
    double[] z = t.logits();
    double[] sig = t.sigmoidProbabilities();
    double[] soft = t.softmaxProbabilities();
    int[] pred = t.labels();
    int[] truth = model.trueLabels();
    List<String> names = model.labelNames();
    double softTotal = 0;
    for (int k = 0; k < z.length; k++) {
      softTotal += soft[k];
      Label logit = number("trace-logit-" + k, "%.3f", z[k]);
      Label sigmoid = number("trace-sigmoid-" + k, "%.3f", sig[k]);
      Label softmax = number("trace-softmax-" + k, "%.3f", soft[k]);
      String cmp = sig[k] >= t.threshold() ? "≥" : "<";
      Label decision = new Label(String.format(Locale.ROOT, "%.3f %s %.2f → %d", sig[k], cmp,
          t.threshold(), pred[k]));
      decision.setId("trace-predicted-" + k);
      decision.getStyleClass().add(Styles.NUMBER);
      Label actual = new Label(k < truth.length ? String.valueOf(truth[k]) : "");
      actual.setId("trace-true-" + k);
      actual.getStyleClass().addAll(Styles.CHIP,
          k < truth.length && truth[k] == pred[k] ? Styles.CHIP_ON : Styles.CHIP_OFF);
      actual.setTooltip(new Tooltip(k < truth.length && truth[k] == pred[k]
          ? "The prediction matches the truth" : "The prediction differs from the truth"));
      outputs.addRow(k + 1, new Label(names.get(k)), logit, sigmoid, bar(sig[k]), softmax,
          bar(soft[k]), decision, actual);
    }
    softmaxSum.setText(String.format(Locale.ROOT,
        "Sigmoid probabilities add up to %.3f (no constraint); softmax ones add up to %.3f.",
        sum(sig), softTotal));
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }

  private static Label number(String id, String format, double v) {
    Label l = new Label(String.format(Locale.ROOT, format, v));
    l.setId(id);
    l.getStyleClass().add(Styles.NUMBER);
    return l;
  }

  private static Node bar(double v) {
    Region fill = new Region();
    fill.getStyleClass().add(Styles.BAR);
    fill.setPrefSize(Math.max(1, v * BAR), 10);
    fill.setMaxSize(Math.max(1, v * BAR), 10);
    Pane track = new HBox(fill);
    track.getStyleClass().add(Styles.BAR_TRACK);
    track.setMinSize(BAR, 10);
    track.setPrefSize(BAR, 10);
    track.setMaxSize(BAR, 10);
    return track;
  }
}
