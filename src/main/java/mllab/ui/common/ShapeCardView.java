package mllab.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.lesson.ShapeCard;
import mllab.text.Text;

/**
 * A step's shape card: what goes in → what the step does → what comes out. In a row while the row
 * fits the screen; zoomed in (or in a narrow window) the three parts stack with downward arrows,
 * instead of the output running off the right edge.
 */
final class ShapeCardView {

  private static final double GAP = 12;

  /** The least width of the operation's text, in em. */
  private static final double OPERATION_EM = 9;

  /**
   * The most a sample row asks for, in em: longer, it wraps. Unbounded, a row of 159 probabilities
   * asked for the whole width and the input box beside it was squeezed to a word a line.
   */
  private static final double SAMPLE_EM = 30;

  /** Shapes up to this long keep their line whole; longer ones may wrap between words. */
  private static final int WHOLE_SHAPE = 24;

  private final VBox in;
  private final VBox out;
  private final Label op;
  private final Label arrow1 = arrow();
  private final Label arrow2 = arrow();
  private final HBox row = new HBox(GAP);
  private final VBox column = new VBox(GAP / 2);
  private final VBox holder = new VBox();

  ShapeCardView(ShapeCard c) {
    in = shapeBox("input", Text.get("common.shape.input"), c.input(), elide(c.sampleBefore()));
    out = shapeBox("output", Text.get("common.shape.output"), c.output(), elide(c.sampleAfter()));
    op = new Label(c.operation());
    op.getStyleClass().add(Styles.SHAPE_OPERATION);
    op.setWrapText(true);
    op.setId(NodeIds.SHAPE_OPERATION);
    row.setAlignment(Pos.CENTER_LEFT);
    // Room to spare goes to the output (the longer sample); the input grows only if the output
    // cannot.
    HBox.setHgrow(in, Priority.SOMETIMES);
    HBox.setHgrow(out, Priority.ALWAYS);
    for (Pane p : new Pane[] {row, column}) {
      p.getStyleClass().addAll(Styles.CARD, Styles.SHAPE_CARD);
      p.setId(NodeIds.SHAPE_CARD);
      p.setAccessibleText(
          Text.get("common.shape.accessible", c.input(), c.operation(), c.output()));
    }
    column.setFillWidth(true);
    arrange(false);
  }

  /** The card, in whichever arrangement {@link #fit} chose. */
  Node node() {
    return holder;
  }

  /** The most sample values a box shows; the rest are counted ("… 49 more"). */
  static final int SAMPLES_SHOWN = 6;

  /**
   * A sample row's first values and how many more there are: 53 probabilities in full made the
   * output box so wide that the input box was squeezed to one character a line.
   */
  static String elide(java.util.List<String> sample) {
    if (sample.size() <= SAMPLES_SHOWN + 1) {
      return String.join("  ", sample);
    }
    return String.join("  ", sample.subList(0, SAMPLES_SHOWN))
        + "  "
        + Text.get("common.shape.more", mllab.text.Decimals.count(sample.size() - SAMPLES_SHOWN));
  }

  /** Lays the parts in a row when they fit in {@code width} side by side, else under each other. */
  void fit(double width) {
    keepWordsWhole(op);
    // The operation reads as a sentence, a few words a line, not one word under the other.
    op.setMinWidth(Math.max(op.getMinWidth(), OPERATION_EM * op.getFont().getSize()));
    op.setMaxWidth(Double.MAX_VALUE);
    for (VBox box : new VBox[] {in, out}) {
      box.getChildren().forEach(n -> keepWordsWhole((Label) n));
      box.getChildren().stream()
          .filter(n -> n.getId() != null && n.getId().endsWith("-sample"))
          .forEach(n -> boundSample((Label) n));
    }
    Region shown = stacked() ? column : row;
    double padding = shown.getInsets().getLeft() + shown.getInsets().getRight();
    double needed =
        in.minWidth(-1)
            + out.minWidth(-1)
            + op.minWidth(-1)
            + arrow1.prefWidth(-1)
            + arrow2.prefWidth(-1)
            + 4 * GAP
            + padding
            // the operation needs a few words per line to read as a sentence
            + 2 * op.getFont().getSize();
    arrange(width > 0 && width < needed);
  }

  /**
   * A wrapping label is never narrower than its longest word: narrower, JavaFX breaks the word
   * itself ("traine" / "d:").
   */
  static void keepWordsWhole(Label label) {
    javafx.scene.text.Text probe = new javafx.scene.text.Text();
    probe.setFont(label.getFont());
    double widest = 0;
    for (String word : label.getText().split("\\s+")) {
      probe.setText(word);
      widest = Math.max(widest, probe.getLayoutBounds().getWidth());
    }
    double least =
        Math.ceil(widest) + label.getPadding().getLeft() + label.getPadding().getRight() + 2;
    if (label.getMinWidth() != Region.USE_PREF_SIZE) { // a short shape keeps its whole line
      label.setMinWidth(least);
    }
  }

  /** A sample row asks for its natural width up to {@link #SAMPLE_EM}; beyond that it wraps. */
  private static void boundSample(Label sample) {
    sample.setPrefWidth(Region.USE_COMPUTED_SIZE);
    double natural = sample.prefWidth(-1);
    sample.setPrefWidth(Math.min(natural, SAMPLE_EM * sample.getFont().getSize()));
    // It asks for little but takes the box's whole width when the box has it.
    sample.setMaxWidth(Double.MAX_VALUE);
  }

  private boolean stacked() {
    return holder.getChildren().contains(column);
  }

  private void arrange(boolean stack) {
    if (stack == stacked() && !holder.getChildren().isEmpty()) {
      return;
    }
    arrow1.setText(stack ? "↓" : "→");
    arrow2.setText(stack ? "↓" : "→");
    if (stack) {
      row.getChildren().clear();
      column.getChildren().setAll(in, arrow1, op, arrow2, out);
      holder.getChildren().setAll(column);
    } else {
      column.getChildren().clear();
      row.getChildren().setAll(in, arrow1, op, arrow2, out);
      holder.getChildren().setAll(row);
    }
  }

  private static Label arrow() {
    Label a = new Label("→");
    a.getStyleClass().add(Styles.SHAPE_ARROW);
    a.setMinWidth(Region.USE_PREF_SIZE);
    return a;
  }

  private static VBox shapeBox(String id, String caption, String shape, String sample) {
    Label cap = new Label(caption);
    cap.getStyleClass().add(Styles.MUTED);
    Label s = new Label(shape);
    s.getStyleClass().add(Styles.BIG_NUMBER);
    s.setId("shape-" + id);
    s.setWrapText(true);
    if (shape.length() <= WHOLE_SHAPE) {
      s.setMinWidth(Region.USE_PREF_SIZE);
    }
    VBox box = new VBox(2, cap, s);
    if (!sample.isBlank()) {
      Label row = new Label(sample);
      row.getStyleClass().add(Styles.NUMBER);
      row.setWrapText(true);
      row.setId("shape-" + id + "-sample");
      box.getChildren().add(row);
    }
    box.getStyleClass().add(Styles.SHAPE_BOX);
    box.setMaxWidth(Double.MAX_VALUE);
    return box;
  }
}
