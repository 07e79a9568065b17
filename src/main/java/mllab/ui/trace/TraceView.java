package mllab.ui.trace;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mllab.model.ForwardTrace;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.AfterFirstLayout;
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
  private final FlowPane hidden = new FlowPane(6, 6);
  private boolean syncing;
  private Label[][] hiddenUnits = new Label[0][];

  /** Inputs, hidden units and labels shown at a time; more are reached by moving a window. */
  static final int INPUT_WINDOW = 20;

  static final int HIDDEN_WINDOW = 64;
  static final int LABEL_WINDOW = 20;
  private final TraceInputs inputs;
  private final ScrollPane view = new ScrollPane();
  private final ColumnWindow hiddenWindow =
      new ColumnWindow(
          "trace-units", Text.get("trace.columns.units"), HIDDEN_WINDOW, first -> redrawTrace());
  private final TraceOutputs outputs = new TraceOutputs(LABEL_WINDOW, this::redrawTrace);

  /** The first hidden unit the built nodes show. */
  private int hiddenFirst = -1;

  /** Whether the view is on screen; its rows are built only then. */
  private final BooleanProperty shown = new SimpleBooleanProperty(true);

  /** The input rows, or the trace's nodes, wait for the view to be shown to be built again. */
  private boolean inputsStale;

  private boolean traceStale;

  public TraceView(TraceViewModel model) {
    this.model = model;
    this.inputs = new TraceInputs(model, INPUT_WINDOW);
  }

  /**
   * Builds the rows of inputs, hidden units and labels only while {@code showing} is true (the
   * trace's tab is selected): a hidden tab costs no nodes and no CSS pass when step 5 opens or the
   * model changes, and what changed meanwhile is built when it is next shown. Call before {@link
   * #createView()}; without it the view counts as always shown.
   */
  public void buildWhen(ObservableValue<Boolean> showing) {
    shown.bind(showing);
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

    hidden.setId(NodeIds.TRACE_HIDDEN);

    VBox layer1 = layer(Text.get("trace.layerInputFeaturesScaled"), inputs.nodes());
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
    view.setContent(root);
    view.setFitToWidth(true);
    view.setId(NodeIds.TRACE_VIEW);
    view.setPrefViewportHeight(640);
    bind();
    return view;
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
    model.inputProperty().addListener((o, a, b) -> inputs.show(b));
    model.traceProperty().addListener((o, a, b) -> traceChanged());
    model
        .editedProperty()
        .addListener(
            (o, a, b) -> editedNote.setText(b ? Text.get("trace.editedThisNoLonger") : ""));
    model.readyProperty().addListener((o, a, b) -> rebuild());
    // Opened: the inputs fill in after the tab's first frame and the trace a frame later, so that
    // neither the click nor one frame carries all the trace's new nodes.
    shown.addListener(
        (o, a, b) -> {
          if (b) {
            AfterFirstLayout.inTurn(view, List.of(this::buildStaleInputs, this::buildStaleTrace));
          }
        });
    rebuild();
  }

  private void traceChanged() {
    traceStale = true;
    buildStale();
  }

  /** Builds what changed while the view was hidden, if it is shown now. */
  private void buildStale() {
    buildStaleInputs();
    buildStaleTrace();
  }

  private void buildStaleInputs() {
    if (shown.get() && inputsStale) {
      inputsStale = false;
      inputs.build();
    }
  }

  private void buildStaleTrace() {
    if (shown.get() && traceStale) {
      traceStale = false;
      showTrace(model.traceProperty().get());
    }
  }

  /** New model or test set: the windows go back to the first features, units and labels. */
  private void rebuild() {
    syncing = true;
    int n = Math.max(1, model.rowCountProperty().get());
    // Test rows count from 0, as in the predictions table, on step 1 and in the Python panel.
    rowChooser.setValueFactory(
        new SpinnerValueFactory.IntegerSpinnerValueFactory(0, n - 1, model.rowProperty().get()));
    syncing = false;
    inputs.setNames(model.featureNames());
    hiddenFirst = -1;
    outputs.reset();
    inputsStale = true;
    traceStale = true;
    buildStale();
  }

  private void redrawTrace() {
    showTrace(model.traceProperty().get());
  }

  private void showRow() {
    syncing = true;
    rowChooser.getValueFactory().setValue(model.rowProperty().get());
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
