package mllab.ui.trace;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.ColumnWindow;
import mllab.ui.common.NodeIds;

/**
 * The trace's first layer: one row per input feature in the window, with its name, a slider and a
 * typed value. A 1,836-feature row is read through a window of rows and found by name; the rows'
 * nodes are made once and show the window's features as it moves, so a move restyles them instead
 * of making new sliders and fields.
 */
final class TraceInputs {

  /** The largest scaled input a student may type. */
  private static final double MAX_INPUT = 1e6;

  private final TraceViewModel model;
  private final GridPane grid = new GridPane();
  private final ColumnWindow window;
  private final List<InputRow> rows = new ArrayList<>();
  private boolean syncing;

  TraceInputs(TraceViewModel model, int size) {
    this.model = model;
    window =
        new ColumnWindow(
            "trace-features", Text.get("rawdata.columns.features"), size, first -> build());
    grid.setHgap(8);
    grid.setVgap(2);
    grid.setId(NodeIds.TRACE_INPUTS);
  }

  /** The window's bar and the rows, in that order. */
  Node[] nodes() {
    return new Node[] {window.bar(), grid};
  }

  /** New features (a new model or test set): the window goes back to the first ones. */
  void setNames(List<String> names) {
    window.setNames(names);
  }

  /** Shows the features in the window, making rows only when their number changes. */
  void build() {
    // A value typed but not yet committed is committed as it would be when its field went away.
    for (InputRow r : rows) {
      if (r.field.isFocused()) {
        commit(r.feature, r.field);
      }
    }
    List<String> names = model.featureNames();
    int first = window.first();
    int end = window.end();
    if (rows.size() != end - first) {
      makeRows(end - first);
    }
    for (int j = first; j < end; j++) {
      rows.get(j - first).show(j, names.get(j));
    }
    show(model.inputProperty().get());
  }

  private void makeRows(int count) {
    grid.getChildren().clear();
    rows.clear();
    // Two columns of features, so that the outputs stay in sight while editing.
    int half = (count + 1) / 2;
    for (int at = 0; at < count; at++) {
      InputRow r = new InputRow();
      rows.add(r);
      int col = at < half ? 0 : 3;
      int row = at < half ? at : at - half;
      grid.add(r.name, col, row);
      grid.add(r.slider, col + 1, row);
      grid.add(r.field, col + 2, row);
    }
  }

  /** Shows input {@code x} in the rows' sliders and fields. */
  void show(double[] x) {
    syncing = true;
    for (InputRow r : rows) {
      int j = r.feature;
      if (j < 0 || j >= x.length) {
        continue;
      }
      r.slider.setValue(Math.max(0, Math.min(1, x[j])));
      String text = Decimals.fixed(x[j], 3);
      if (!r.field.isFocused() || !text.equals(r.field.getText())) {
        r.field.setText(text);
      }
    }
    syncing = false;
  }

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
    show(model.inputProperty().get());
  }

  /** The nodes of one row, shown for one feature at a time. */
  private final class InputRow {
    private final Label name = new Label();
    private final Slider slider = new Slider(0, 1, 0);
    private final TextField field = new TextField();
    private int feature = -1;

    InputRow() {
      slider.setBlockIncrement(0.01);
      slider.setPrefWidth(150);
      name.setLabelFor(slider);
      slider
          .valueProperty()
          .addListener(
              (o, a, b) -> {
                if (!syncing) {
                  model.setFeature(feature, b.doubleValue());
                }
              });
      field.setPrefColumnCount(4);
      field.setOnAction(e -> commit(feature, field));
      field
          .focusedProperty()
          .addListener(
              (o, a, b) -> {
                if (!b) {
                  commit(feature, field);
                }
              });
      // The tooltips say the help set in show(), and are made on the first hover.
      HelpTooltip.follow(slider);
      HelpTooltip.follow(field);
    }

    void show(int j, String featureName) {
      feature = j;
      TraceView.setText(name, featureName);
      slider.setId("trace-feature-slider-" + j);
      slider.setAccessibleText(Text.get("trace.input.slider", featureName));
      slider.setAccessibleHelp(Text.get("trace.input.slider.tooltip", featureName));
      field.setId("trace-feature-field-" + j);
      field.setAccessibleText(Text.get("trace.input.field", featureName));
      field.setAccessibleHelp(Text.get("trace.typeValuePressEnter"));
    }
  }
}
