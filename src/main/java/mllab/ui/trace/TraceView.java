package mllab.ui.trace;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mllab.model.ForwardTrace;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.ColumnWindow;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One test row through the network, in four layers: the scaled inputs (editable), the hidden
 * activations, the output logits with sigmoid and softmax probabilities, and the decisions at the
 * threshold beside the true labels.
 */
public final class TraceView {

  private final TraceViewModel model;
  private final Spinner<Integer> rowChooser = new Spinner<>();
  private final Label editedNote = new Label();
  private final GridPane inputs = new GridPane();
  private final FlowPane hidden = new FlowPane(6, 6);
  private final List<Slider> featureSliders = new ArrayList<>();
  private final List<TextField> featureFields = new ArrayList<>();
  private boolean syncing;
  private Label[][] hiddenUnits = new Label[0][];

  /** Inputs, hidden units and labels shown at a time; more are reached by moving a window. */
  static final int INPUT_WINDOW = 20;

  static final int HIDDEN_WINDOW = 64;
  static final int LABEL_WINDOW = 20;
  private final ColumnWindow inputWindow =
      new ColumnWindow(
          "trace-features",
          Text.get("rawdata.columns.features"),
          INPUT_WINDOW,
          first -> buildInputs());
  private final ColumnWindow hiddenWindow =
      new ColumnWindow(
          "trace-units", Text.get("trace.columns.units"), HIDDEN_WINDOW, first -> redrawTrace());
  private final TraceOutputs outputs = new TraceOutputs(LABEL_WINDOW, this::redrawTrace);

  /** The first hidden unit the built nodes show. */
  private int hiddenFirst = -1;

  public TraceView(TraceViewModel model) {
    this.model = model;
  }

  public Node createView() {
    rowChooser.setId(NodeIds.TRACE_ROW);
    rowChooser.setEditable(true);
    mllab.ui.common.Spinners.keepValidIntegers(rowChooser);
    rowChooser.setPrefWidth(110);
    rowChooser.setAccessibleText(Text.get("trace.testRowTrace"));
    rowChooser.setTooltip(new Tooltip(Text.get("trace.pickTestRowOr")));
    Label pick = new Label(Text.get("trace.testRow"));
    pick.setLabelFor(rowChooser);
    Button reset =
        new Button(Text.get("trace.restoreRowOwnValues"), new FontIcon(Material2MZ.REFRESH));
    reset.setId(NodeIds.TRACE_RESET);
    reset.setAccessibleText(Text.get("trace.restoreRowOwnInput"));
    reset.setTooltip(new Tooltip(Text.get("trace.undoYourEditsInputs")));
    reset.setOnAction(e -> model.resetRow());
    reset.disableProperty().bind(model.editedProperty().not());
    editedNote.setId(NodeIds.TRACE_EDITED);
    editedNote.getStyleClass().add(Styles.MUTED);
    HBox top = new HBox(12, pick, rowChooser, reset, editedNote);
    top.setAlignment(Pos.CENTER_LEFT);

    inputs.setHgap(8);
    inputs.setVgap(2);
    inputs.setId(NodeIds.TRACE_INPUTS);
    hidden.setId(NodeIds.TRACE_HIDDEN);

    VBox layer1 = layer(Text.get("trace.layerInputFeaturesScaled"), inputWindow.bar(), inputs);
    VBox layer2 = layer(Text.get("trace.layerHiddenActivations"), hiddenWindow.bar(), hidden);
    Label contrast = new Label(Text.get("trace.sigmoidGivesEachLabel"));
    contrast.setWrapText(true);
    contrast.getStyleClass().add(Styles.MUTED);
    VBox layer3 = layer(Text.get("trace.layersLogitsProbabilitiesLabels"), outputs.nodes());
    layer3.getChildren().add(contrast);
    VBox content = new VBox(12, top, layer1, layer2, layer3);
    content.setId(NodeIds.TRACE_CONTENT);
    Label notReady = new Label(Text.get("trace.trainModelInStep"));
    notReady.visibleProperty().bind(model.readyProperty().not());
    notReady.managedProperty().bind(notReady.visibleProperty());
    content.visibleProperty().bind(model.readyProperty());
    content.managedProperty().bind(content.visibleProperty());
    VBox root = new VBox(notReady, content);
    ScrollPane scroll = new ScrollPane(root);
    scroll.setFitToWidth(true);
    scroll.setId(NodeIds.TRACE_VIEW);
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
    rowChooser
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              if (!syncing && b != null && b >= 0 && b < model.rowCountProperty().get()) {
                model.selectRow(b);
              }
            });
    model.rowCountProperty().addListener((o, a, b) -> rebuild());
    model.rowProperty().addListener((o, a, b) -> showRow());
    model.inputProperty().addListener((o, a, b) -> showInput(b));
    model.traceProperty().addListener((o, a, b) -> showTrace(b));
    model
        .editedProperty()
        .addListener(
            (o, a, b) -> editedNote.setText(b ? Text.get("trace.editedThisNoLonger") : ""));
    model.readyProperty().addListener((o, a, b) -> rebuild());
    rebuild();
  }

  /** New model or test set: the windows go back to the first features, units and labels. */
  private void rebuild() {
    syncing = true;
    int n = Math.max(1, model.rowCountProperty().get());
    // Test rows count from 0, as in the predictions table, on step 1 and in the Python panel.
    rowChooser.setValueFactory(
        new SpinnerValueFactory.IntegerSpinnerValueFactory(0, n - 1, model.rowProperty().get()));
    syncing = false;
    inputWindow.setNames(model.featureNames());
    hiddenFirst = -1;
    outputs.reset();
    buildInputs();
    showTrace(model.traceProperty().get());
  }

  /**
   * One input row per feature in the window: a 1,836-feature row is read through 20 sliders at a
   * time and found by name, instead of 1,836 rows of nodes.
   */
  private void buildInputs() {
    inputs.getChildren().clear();
    featureSliders.clear();
    featureFields.clear();
    List<String> names = model.featureNames();
    int first = inputWindow.first();
    int end = inputWindow.end();
    for (int j = first; j < end; j++) {
      int feature = j;
      Label name = new Label(names.get(j));
      Slider s = new Slider(0, 1, 0);
      s.setId("trace-feature-slider-" + j);
      s.setBlockIncrement(0.01);
      s.setPrefWidth(150);
      s.setAccessibleText(Text.get("trace.input.slider", names.get(j)));
      s.setTooltip(new Tooltip(Text.get("trace.input.slider.tooltip", names.get(j))));
      name.setLabelFor(s);
      s.valueProperty()
          .addListener(
              (o, a, b) -> {
                if (!syncing) {
                  model.setFeature(feature, b.doubleValue());
                }
              });
      TextField field = new TextField();
      field.setId("trace-feature-field-" + j);
      field.setPrefColumnCount(4);
      field.setAccessibleText(Text.get("trace.input.field", names.get(j)));
      field.setTooltip(new Tooltip(Text.get("trace.typeValuePressEnter")));
      field.setOnAction(e -> commit(feature, field));
      field
          .focusedProperty()
          .addListener(
              (o, a, b) -> {
                if (!b) {
                  commit(feature, field);
                }
              });
      featureSliders.add(s);
      featureFields.add(field);
      // Two columns of features, so that the outputs stay in sight while editing.
      int half = (end - first + 1) / 2;
      int at = j - first;
      int col = at < half ? 0 : 3;
      int row = at < half ? at : at - half;
      inputs.add(name, col, row);
      inputs.add(s, col + 1, row);
      inputs.add(field, col + 2, row);
    }
    showInput(model.inputProperty().get());
  }

  private void redrawTrace() {
    showTrace(model.traceProperty().get());
  }

  /** The largest scaled input a student may type. */
  private static final double MAX_INPUT = 1e6;

  private void commit(int feature, TextField field) {
    try {
      double v = Double.parseDouble(field.getText().trim().replace(',', '.'));
      // Scaled inputs live near 0–1; far beyond a million the layers overflow to infinity, which
      // teaches nothing, so such a value is put back like a typo.
      if (Double.isFinite(v) && Math.abs(v) <= MAX_INPUT) {
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
    rowChooser.getValueFactory().setValue(model.rowProperty().get());
    syncing = false;
  }

  private void showInput(double[] x) {
    syncing = true;
    int first = inputWindow.first();
    for (int i = 0; i < featureSliders.size() && first + i < x.length; i++) {
      int j = first + i;
      featureSliders.get(i).setValue(Math.max(0, Math.min(1, x[j])));
      String text = Decimals.fixed(x[j], 3);
      if (!featureFields.get(i).isFocused() || !text.equals(featureFields.get(i).getText())) {
        featureFields.get(i).setText(text);
      }
    }
    syncing = false;
  }

  /**
   * Shows a trace in the nodes that already exist; they are built only when the network's shape or
   * the labels change, because every threshold move lands here and new nodes cost a full CSS pass
   * each.
   */
  private void showTrace(ForwardTrace t) {
    if (t == null) {
      hidden.getChildren().clear();
      hiddenUnits = new Label[0][];
      hiddenShape = new int[0];
      outputs.clear();
      return;
    }
    double[][] h = t.hiddenActivations();
    if (!sameShape(h) || hiddenFirst != hiddenWindow.first()) {
      buildHidden(h);
    }
    for (int layer = 0; layer < h.length; layer++) {
      for (int i = 0; i < hiddenUnits[layer].length; i++) {
        int u = hiddenFirst + i;
        Label unit = hiddenUnits[layer][i];
        setText(
            unit,
            Text.get("trace.hiddenUnit", String.valueOf(u + 1), Decimals.fixed(h[layer][u], 2)));
        setChip(unit, h[layer][u] > 0);
      }
    }
    outputs.show(t, model.trueLabels(), model.labelNames());
  }

  private int[] hiddenShape = new int[0];

  private boolean sameShape(double[][] h) {
    if (hiddenShape.length != h.length) {
      return false;
    }
    for (int layer = 0; layer < h.length; layer++) {
      if (hiddenShape[layer] != h[layer].length) {
        return false;
      }
    }
    return true;
  }

  /** The hidden units in the window, of every layer. */
  private void buildHidden(double[][] h) {
    if (!sameShape(h)) {
      hiddenShape = new int[h.length];
      int widest = 0;
      for (int layer = 0; layer < h.length; layer++) {
        hiddenShape[layer] = h[layer].length;
        widest = Math.max(widest, h[layer].length);
      }
      hiddenWindow.setNames(unitNames(widest, "trace.unitName"));
    }
    hiddenFirst = hiddenWindow.first();
    hidden.getChildren().clear();
    hiddenUnits = new Label[h.length][];
    for (int layer = 0; layer < h.length; layer++) {
      int end = Math.min(h[layer].length, hiddenWindow.end());
      hiddenUnits[layer] = new Label[Math.max(0, end - hiddenFirst)];
      for (int u = hiddenFirst; u < end; u++) {
        Label unit = new Label();
        unit.setId("trace-hidden-" + layer + "-" + u);
        unit.getStyleClass().addAll(Styles.NUMBER, Styles.CHIP);
        hiddenUnits[layer][u - hiddenFirst] = unit;
        hidden.getChildren().add(unit);
      }
    }
  }

  /** "unit 1", "unit 2", … for a window over nameless columns. */
  static List<String> unitNames(int count, String key) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(Text.get(key, String.valueOf(i + 1)));
    }
    return out;
  }

  /** Changes a label's text only when it differs, so that unchanged labels need no new layout. */
  static void setText(Labeled l, String text) {
    if (!text.equals(l.getText())) {
      l.setText(text);
    }
  }

  static void setChip(Node n, boolean on) {
    String add = on ? Styles.CHIP_ON : Styles.CHIP_OFF;
    String remove = on ? Styles.CHIP_OFF : Styles.CHIP_ON;
    if (!n.getStyleClass().contains(add)) {
      n.getStyleClass().remove(remove);
      n.getStyleClass().add(add);
    }
  }
}
