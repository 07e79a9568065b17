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
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import mllab.model.Mlp;
import mllab.model.OutputActivation;
import mllab.ui.common.Styles;

/**
 * The network drawn as layers of nodes joined by weighted edges. An edge's thickness follows the
 * weight's magnitude and its style its sign (positive solid, negative dashed and in a second
 * colour), so the picture reads without colour too. A layer wider than {@link #MAX_NODES} is drawn
 * as one block, and the edges to it stand for the mean of the weights they bundle.
 *
 * <p>The node layout is built when the architecture changes; after each epoch only the edges'
 * thickness and style and the output probabilities change, so a tooltip being read stays open.
 */
final class NetworkDiagram extends Region {

  /** Layers with more units than this are drawn as a block. */
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
  private Mlp model;
  private List<String> labels = List.of();
  private double[] probabilities = new double[0];
  private int sampleRow;
  private String structure = "";
  private boolean namesInProbabilities;
  private double builtWidth = -1;
  private double builtHeight = -1;

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
    String key = m == null ? "" : m.inputCount() + Arrays.toString(m.hiddenSizes())
        + m.outputCount() + m.hiddenActivation() + m.output() + labelNames;
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
    if (w != builtWidth || h != builtHeight) {
      builtWidth = w;
      builtHeight = h;
      build(w, h);
    }
  }

  private void build(double w, double h) {
    content.getChildren().clear();
    namesInProbabilities = false;
    edges.clear();
    probabilityTexts.clear();
    outputTips.clear();
    if (model == null || w <= 0 || h <= 0) {
      return;
    }
    int[] hiddenSizes = model.hiddenSizes();
    int columns = hiddenSizes.length + 2;
    int[] counts = new int[columns];
    counts[0] = model.inputCount();
    System.arraycopy(hiddenSizes, 0, counts, 1, hiddenSizes.length);
    counts[columns - 1] = model.outputCount();
    double right = Math.max(LEFT + 120, w - LABEL_ROOM);
    double[] x = new double[columns];
    for (int c = 0; c < columns; c++) {
      x[c] = LEFT + (right - LEFT) * c / (columns - 1);
    }
    double[][] y = new double[columns][];
    for (int c = 0; c < columns; c++) {
      y[c] = positions(counts[c], h);
    }
    Group edgeLayer = new Group();
    Group nodeLayer = new Group();
    for (int layer = 0; layer < columns - 1; layer++) {
      addEdges(edgeLayer, layer, x[layer], y[layer], x[layer + 1], y[layer + 1]);
    }
    for (int c = 0; c < columns; c++) {
      boolean output = c == columns - 1;
      addHeader(nodeLayer, x[c], header(c, columns, counts[c]));
      if (y[c].length == 0) {
        Rectangle block = new Rectangle(x[c] - 34, TOP + 6, 68, h - TOP - BOTTOM - 12);
        block.setArcWidth(14);
        block.setArcHeight(14);
        block.getStyleClass().add(Styles.NET_BLOCK);
        Text t = new Text(mllab.text.Text.get(c == 0 ? "training.net.block.inputs" : "training.net.block.units",
            String.valueOf(counts[c])));
        t.setTextAlignment(TextAlignment.CENTER);
        t.getStyleClass().add(Styles.NET_TEXT);
        t.setX(x[c] - 26);
        t.setY(TOP + (h - TOP - BOTTOM) / 2);
        nodeLayer.getChildren().addAll(block, t);
        continue;
      }
      double r = radius(counts[c], h);
      for (int i = 0; i < y[c].length; i++) {
        Circle node = new Circle(x[c], y[c][i], r);
        node.getStyleClass().add(output ? Styles.NET_OUTPUT : Styles.NET_NODE);
        nodeLayer.getChildren().add(node);
        if (output) {
          boolean oneLine = y[c].length > 1 && y[c][1] - y[c][0] < 34;
          decorateOutput(nodeLayer, node, i, x[c] + r + 8, y[c][i], oneLine);
        }
      }
    }
    content.getChildren().addAll(edgeLayer, nodeLayer);
    refresh();
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
    return k < labels.size() ? labels.get(k)
        : mllab.text.Text.get("training.net.unnamedLabel", String.valueOf(k + 1));
  }

  private String header(int c, int columns, int count) {
    if (c == 0) {
      return mllab.text.Text.get("training.net.header.input", String.valueOf(count));
    }
    if (c == columns - 1) {
      return mllab.text.Text.get(model.output() == OutputActivation.SOFTMAX
          ? "training.net.header.softmax" : "training.net.header.sigmoid");
    }
    return mllab.text.Text.get("training.net.header.hidden", columns > 3 ? c + " " : "",
        String.valueOf(count), model.hiddenActivation());
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

  private void addEdges(Group layer, int index, double x0, double[] y0, double x1, double[] y1) {
    double mid0 = (builtHeight + TOP - BOTTOM) / 2;
    double from0 = y0.length == 0 ? x0 + 34 : x0;
    double to1 = y1.length == 0 ? x1 - 34 : x1;
    if (y0.length == 0 && y1.length == 0) {
      edges.add(edge(layer, index, -1, -1, from0, mid0, to1, mid0));
    } else if (y0.length == 0) {
      for (int j = 0; j < y1.length; j++) {
        edges.add(edge(layer, index, j, -1, from0, mid0, to1, y1[j]));
      }
    } else if (y1.length == 0) {
      for (int i = 0; i < y0.length; i++) {
        edges.add(edge(layer, index, -1, i, from0, y0[i], to1, mid0));
      }
    } else {
      for (int j = 0; j < y1.length; j++) {
        for (int i = 0; i < y0.length; i++) {
          edges.add(edge(layer, index, j, i, from0, y0[i], to1, y1[j]));
        }
      }
    }
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
    double[][][] weights = new double[model.layerCount()][][];
    for (Edge e : edges) {
      if (weights[e.layer()] == null) {
        weights[e.layer()] = model.weights(e.layer());
      }
      double w = weight(weights[e.layer()], e.to(), e.from());
      Line line = e.line();
      line.setStrokeWidth(Math.min(5.0, 0.3 + 2.0 * Math.abs(w)));
      // Changing a style class re-applies CSS, so only edges whose sign flipped are touched.
      boolean negative = w < 0;
      if (line.getStyleClass().contains(Styles.NET_EDGE_NEGATIVE) != negative
          || line.getStyleClass().size() == 1) {
        line.getStyleClass().setAll(
            Styles.NET_EDGE, negative ? Styles.NET_EDGE_NEGATIVE : Styles.NET_EDGE_POSITIVE);
      }
    }
    for (int k = 0; k < probabilityTexts.size(); k++) {
      String name = labelName(k);
      if (k < probabilities.length) {
        String p = String.format(Locale.ROOT, "%.3f", probabilities[k]);
        probabilityTexts.get(k).setText(namesInProbabilities
            ? mllab.text.Text.get("training.net.namedProbability", name, p)
            : mllab.text.Text.get("training.net.probability", p));
        outputTips.get(k).setText(mllab.text.Text.get(
            model.output() == OutputActivation.SOFTMAX
                ? "training.net.outputTip.softmax" : "training.net.outputTip.sigmoid",
            name, p, String.valueOf(sampleRow + 1)));
      } else {
        probabilityTexts.get(k).setText(namesInProbabilities ? name : "");
        outputTips.get(k).setText(name);
      }
    }
  }

  /** The weight, or the mean of the weights an edge to or from a block stands for. */
  private static double weight(double[][] w, int to, int from) {
    if (to >= 0 && from >= 0) {
      return w[to][from];
    }
    double sum = 0;
    int n = 0;
    for (int j = 0; j < w.length; j++) {
      if (to >= 0 && j != to) {
        continue;
      }
      for (int i = 0; i < w[j].length; i++) {
        if (from >= 0 && i != from) {
          continue;
        }
        sum += w[j][i];
        n++;
      }
    }
    // The mean is small next to single weights, so it is scaled up to stay visible.
    return n == 0 ? 0 : 4 * sum / n;
  }

  /** The node centres of a column, or none when the column is drawn as a block. */
  private static double[] positions(int count, double h) {
    if (count > MAX_NODES) {
      return new double[0];
    }
    double span = h - TOP - BOTTOM;
    double[] y = new double[count];
    for (int i = 0; i < count; i++) {
      y[i] = TOP + span * (i + 0.5) / count;
    }
    return y;
  }

  private static double radius(int count, double h) {
    return Math.max(3.5, Math.min(13, (h - TOP - BOTTOM) / count * 0.35));
  }

  /** The edges currently drawn (for tests: one per weight when no layer is a block). */
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
