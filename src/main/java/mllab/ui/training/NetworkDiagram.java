package mllab.ui.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import mllab.model.Mlp;
import mllab.model.OutputActivation;
import mllab.ui.common.Styles;

/**
 * The network drawn as layers of nodes joined by weighted edges. An edge's thickness follows the
 * weight's magnitude and its style its sign (positive solid, negative dashed and in a second
 * colour), so the picture reads without colour too. A layer wider than {@link #MAX_NODES} draws its
 * first few units and its last with an ellipsis and the number between ("⋮ 1,830 more"), so the
 * work of drawing and of each epoch's restyle stays the same at 20 inputs or 10,000.
 *
 * <p>The node layout is built when the architecture changes; after each epoch only the edges'
 * thickness and style and the output probabilities change, so a tooltip being read stays open.
 */
final class NetworkDiagram extends Region {

  /** Layers with more units than this draw a few of them and an ellipsis. */
  static final int MAX_NODES = 24;

  private static final double TOP = 44;
  private static final double BOTTOM = 16;
  private static final double LEFT = 70;
  private static final double LABEL_ROOM = 190;

  /** One drawn edge: between units {@code to} and {@code from} of a layer, −1 for a block side. */
  private record Edge(Line line, int layer, int to, int from) {}

  private final Group content = new Group();
  private final List<Edge> edges = new ArrayList<>();
  private final List<Text> probabilityTexts = new ArrayList<>();
  private final List<Tooltip> outputTips = new ArrayList<>();

  /** The output units drawn, in the order of {@link #probabilityTexts}. */
  private final List<Integer> outputUnits = new ArrayList<>();

  private Mlp model;
  private List<String> labels = List.of();
  private double[] probabilities = new double[0];
  private int sampleRow;
  private String structure = "";
  private boolean namesInProbabilities;
  private double builtWidth = -1;
  private double builtHeight = -1;

  /** The size of the diagram's text when it was last built: a zoom since then builds it again. */
  private double builtFontSize = -1;

  NetworkDiagram() {
    getChildren().add(content);
    getStyleClass().add(Styles.NETWORK_DIAGRAM);
    setMinHeight(300);
    setPrefHeight(340);
    setMinWidth(480);
  }

  /** Shows {@code m}'s weights and the probabilities of test row {@code row} (0-based). */
  void show(Mlp m, List<String> labelNames, double[] sampleProbabilities, int row) {
    this.model = m;
    this.labels = labelNames;
    this.probabilities = sampleProbabilities;
    this.sampleRow = row;
    String key =
        m == null
            ? ""
            : m.inputCount()
                + Arrays.toString(m.hiddenSizes())
                + m.outputCount()
                + m.hiddenActivation()
                + m.output()
                + labelNames.hashCode();
    if (!key.equals(structure)) {
      structure = key;
      builtWidth = getWidth();
      builtHeight = getHeight();
      build(builtWidth, builtHeight);
    } else {
      refresh();
    }
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    // A zoom while the step was off screen reaches the text only when the step is back, styled
    // anew at the same width: the columns then make room for the text's new size.
    if (w != builtWidth || h != builtHeight || textSize() != builtFontSize) {
      builtWidth = w;
      builtHeight = h;
      build(w, h);
    }
  }

  private void build(double w, double h) {
    build(w, h, LABEL_ROOM);
    if (model == null || w <= 0 || h <= 0) {
      builtFontSize = textSize();
      return;
    }
    // The output names and probabilities are sized by the theme's font: zoomed in they can reach
    // past the right edge. Measured once styled, the columns then move left by what stuck out.
    content.applyCss();
    double overflow = content.getBoundsInLocal().getMaxX() - w;
    if (overflow > 0.5) {
      build(w, h, Math.min(LABEL_ROOM + overflow + 4, w / 2));
      content.applyCss();
    }
    builtFontSize = textSize();
  }

  /** The font size of the diagram's text as styled now; -1 with no text drawn. */
  private double textSize() {
    return probabilityTexts.isEmpty() ? -1 : probabilityTexts.get(0).getFont().getSize();
  }

  private void build(double w, double h, double labelRoom) {
    content.getChildren().clear();
    namesInProbabilities = false;
    edges.clear();
    probabilityTexts.clear();
    outputTips.clear();
    outputUnits.clear();
    if (model == null || w <= 0 || h <= 0) {
      return;
    }
    int[] hiddenSizes = model.hiddenSizes();
    int columns = hiddenSizes.length + 2;
    int[] counts = new int[columns];
    counts[0] = model.inputCount();
    System.arraycopy(hiddenSizes, 0, counts, 1, hiddenSizes.length);
    counts[columns - 1] = model.outputCount();
    double right = Math.max(LEFT + 120, w - labelRoom);
    double[] x = new double[columns];
    for (int c = 0; c < columns; c++) {
      x[c] = LEFT + (right - LEFT) * c / (columns - 1);
    }
    int[][] units = new int[columns][];
    double[][] y = new double[columns][];
    for (int c = 0; c < columns; c++) {
      units[c] = drawnUnits(counts[c]);
      y[c] = positions(counts[c], h);
    }
    Group edgeLayer = new Group();
    Group nodeLayer = new Group();
    for (int layer = 0; layer < columns - 1; layer++) {
      for (int j = 0; j < units[layer + 1].length; j++) {
        for (int i = 0; i < units[layer].length; i++) {
          edges.add(
              edge(
                  edgeLayer,
                  layer,
                  units[layer + 1][j],
                  units[layer][i],
                  x[layer],
                  y[layer][i],
                  x[layer + 1],
                  y[layer + 1][j]));
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      drawColumn(nodeLayer, c, columns, counts[c], units[c], x[c], y[c], h);
    }
    content.getChildren().addAll(edgeLayer, nodeLayer);
    refresh();
  }

  /** Column {@code c}: its header, its drawn units and, for a wide layer, "⋮ n more". */
  private void drawColumn(
      Group nodeLayer, int c, int columns, int count, int[] units, double x, double[] y, double h) {
    boolean output = c == columns - 1;
    addHeader(nodeLayer, x, header(c, columns, count));
    double r = radius(Math.min(count, HEAD + 2), h);
    for (int i = 0; i < units.length; i++) {
      Circle node = new Circle(x, y[i], r);
      node.getStyleClass().add(output ? Styles.NET_OUTPUT : Styles.NET_NODE);
      nodeLayer.getChildren().add(node);
      if (output) {
        boolean oneLine = y.length > 1 && y[1] - y[0] < 34;
        decorateOutput(nodeLayer, node, units[i], x + r + 8, y[i], oneLine);
      }
    }
    if (count > MAX_NODES) {
      // The units between the first few and the last: a gap, an ellipsis and their number.
      double gapY = (y[HEAD - 1] + y[HEAD]) / 2;
      Text more =
          new Text(
              mllab.text.Text.get(
                  "training.net.more", mllab.text.Decimals.count(count - units.length)));
      more.getStyleClass().add(Styles.NET_TEXT);
      more.setId("net-more-" + c);
      more.setTextOrigin(javafx.geometry.VPos.CENTER);
      more.setX(x - 6);
      more.setY(gapY);
      nodeLayer.getChildren().add(more);
    }
  }

  /** Units drawn of a wide layer: its first {@value #HEAD} and its last. */
  static final int HEAD = 5;

  /** The units a column draws: every one, or for a wide layer the first few and the last. */
  private static int[] drawnUnits(int count) {
    if (count <= MAX_NODES) {
      int[] all = new int[count];
      for (int i = 0; i < count; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] some = new int[HEAD + 1];
    for (int i = 0; i < HEAD; i++) {
      some[i] = i;
    }
    some[HEAD] = count - 1;
    return some;
  }

  private void decorateOutput(
      Group layer, Circle node, int k, double textX, double textY, boolean oneLine) {
    String name = labelName(k);
    node.setId("output-node-" + k);
    node.setAccessibleText(mllab.text.Text.get("training.net.outputNode", name));
    Tooltip tip = new Tooltip();
    tip.setShowDelay(Duration.millis(150));
    Tooltip.install(node, tip);
    outputTips.add(tip);
    Text p = new Text(textX, oneLine ? textY + 4 : textY + 14, "");
    p.setId("output-probability-" + k);
    probabilityTexts.add(p);
    outputUnits.add(k);
    layer.getChildren().add(p);
    if (oneLine) {
      // Close nodes get name and probability in one text, so neighbouring labels do not overlap.
      p.getStyleClass().add(Styles.NET_TEXT);
      namesInProbabilities = true;
      return;
    }
    Text label = new Text(textX, textY - 2, name);
    label.getStyleClass().addAll(Styles.NET_TEXT, Styles.NET_LABEL);
    p.getStyleClass().add(Styles.NET_PROBABILITY);
    layer.getChildren().add(label);
  }

  private String labelName(int k) {
    return k < labels.size()
        ? labels.get(k)
        : mllab.text.Text.get("training.net.unnamedLabel", String.valueOf(k + 1));
  }

  private String header(int c, int columns, int count) {
    String n = mllab.text.Decimals.count(count);
    if (c == 0) {
      return mllab.text.Text.get("training.net.header.input", n);
    }
    if (c == columns - 1) {
      String kind =
          model.output() == OutputActivation.SOFTMAX
              ? "training.net.header.softmax"
              : "training.net.header.sigmoid";
      return count > MAX_NODES ? mllab.text.Text.get(kind + ".many", n) : mllab.text.Text.get(kind);
    }
    return mllab.text.Text.get(
        "training.net.header.hidden", columns > 3 ? c + " " : "", n, model.hiddenActivation());
  }

  private void addHeader(Group layer, double x, String text) {
    Text t = new Text(text);
    t.setTextAlignment(TextAlignment.CENTER);
    t.getStyleClass().addAll(Styles.NET_TEXT, Styles.NET_HEADER);
    t.setX(x - t.getLayoutBounds().getWidth() / 2);
    // Hung from the top edge, not set on a baseline 14 px down: zoomed in, the larger text rose
    // above the diagram into the card's title.
    t.setTextOrigin(javafx.geometry.VPos.TOP);
    t.setY(0);
    layer.getChildren().add(t);
  }

  private static Edge edge(
      Group layer, int index, int to, int from, double x0, double y0, double x1, double y1) {
    Line line = new Line(x0, y0, x1, y1);
    line.getStyleClass().add(Styles.NET_EDGE);
    layer.getChildren().add(line);
    return new Edge(line, index, to, from);
  }

  private void refresh() {
    if (model == null) {
      return;
    }
    for (Edge e : edges) {
      double w = model.weight(e.layer(), e.to(), e.from());
      Line line = e.line();
      line.setStrokeWidth(Math.min(5.0, 0.3 + 2.0 * Math.abs(w)));
      // Changing a style class re-applies CSS, so only edges whose sign flipped are touched.
      boolean negative = w < 0;
      if (line.getStyleClass().contains(Styles.NET_EDGE_NEGATIVE) != negative
          || line.getStyleClass().size() == 1) {
        line.getStyleClass()
            .setAll(
                Styles.NET_EDGE, negative ? Styles.NET_EDGE_NEGATIVE : Styles.NET_EDGE_POSITIVE);
      }
    }
    for (int i = 0; i < probabilityTexts.size(); i++) {
      int k = outputUnits.get(i);
      String name = labelName(k);
      if (k < probabilities.length) {
        String p = String.format(Locale.ROOT, "%.3f", probabilities[k]);
        probabilityTexts
            .get(i)
            .setText(
                namesInProbabilities
                    ? mllab.text.Text.get("training.net.namedProbability", name, p)
                    : mllab.text.Text.get("training.net.probability", p));
        outputTips
            .get(i)
            .setText(
                mllab.text.Text.get(
                    model.output() == OutputActivation.SOFTMAX
                        ? "training.net.outputTip.softmax"
                        : "training.net.outputTip.sigmoid",
                    name,
                    p,
                    String.valueOf(sampleRow + 1)));
      } else {
        probabilityTexts.get(i).setText(namesInProbabilities ? name : "");
        outputTips.get(i).setText(name);
      }
    }
  }

  /**
   * The centres of the units a column draws: evenly spread, and for a wide layer with one free
   * place before the last unit, where the ellipsis goes.
   */
  private static double[] positions(int count, double h) {
    double span = h - TOP - BOTTOM;
    if (count > MAX_NODES) {
      int places = HEAD + 2;
      double[] y = new double[HEAD + 1];
      for (int i = 0; i < HEAD; i++) {
        y[i] = TOP + span * (i + 0.5) / places;
      }
      y[HEAD] = TOP + span * (places - 0.5) / places;
      return y;
    }
    double[] y = new double[count];
    for (int i = 0; i < count; i++) {
      y[i] = TOP + span * (i + 0.5) / count;
    }
    return y;
  }

  private static double radius(int count, double h) {
    return Math.max(3.5, Math.min(13, (h - TOP - BOTTOM) / count * 0.35));
  }

  /** The edges currently drawn (for tests: one per weight between drawn units). */
  int edgeCount() {
    return edges.size();
  }

  /** The edge drawn for weight {@code [to][from]} of layer {@code layer} (−1 for a block side). */
  Line edge(int layer, int to, int from) {
    return edges.stream()
        .filter(e -> e.layer() == layer && e.to() == to && e.from() == from)
        .findFirst()
        .map(Edge::line)
        .orElseThrow();
  }

  /** How many edges are drawn as negative. */
  long negativeEdges() {
    return edges.stream()
        .filter(e -> e.line().getStyleClass().contains(Styles.NET_EDGE_NEGATIVE))
        .count();
  }
}
