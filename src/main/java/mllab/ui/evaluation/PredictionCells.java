package mllab.ui.evaluation;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import mllab.eval.Predictions;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.Styles;

/**
 * The cells of step 5's predictions table: the row number, each label's probability, decision and
 * outcome, the row's wrong count and its exact-match badge. Each cell repaints itself when the
 * thresholds in force move, inside a frame of its own, so a drag never lays out the table.
 */
final class PredictionCells {

  static final double BAR_WIDTH = 36;
  // Widths of the cells' contents in em of their text, so that they follow the zoom.
  private static final double TEXT_EM = 3;
  private static final double BADGE_EM = 5.1;
  private static final double CELL_CONTENT_EM = 9.1;
  private static final double MARKER_EM = 1.5;

  private PredictionCells() {}

  /** A cell that repaints itself whenever the thresholds in force change. */
  private abstract static class LiveCell extends TableCell<Integer, Integer> {
    final PredictionsViewModel model;
    private final InvalidationListener repaint = o -> paint();

    LiveCell(PredictionsViewModel model) {
      this.model = model;
      model.thresholdsProperty().addListener(new WeakInvalidationListener(repaint));
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
      super.updateItem(item, empty);
      paint();
    }

    final void paint() {
      Integer item = getItem();
      if (item == null || isEmpty() || model.thresholdsProperty().get() == null) {
        clear();
      } else {
        show(item);
      }
    }

    abstract void clear();

    abstract void show(int row);
  }

  /**
   * A cell's content at a fixed width, laid out as its own layout root: when a threshold move
   * changes a text inside it, only the content is laid out again. A change that reached the cell
   * would make the table lay out and restyle every visible row.
   */
  private static final class Frame extends Region {
    private final Region content;
    private final Labeled text;
    private final double ems;

    /** {@code content} at {@code ems} times the font size of {@code text}, a label inside it. */
    Frame(Region content, Labeled text, double ems) {
      this.content = content;
      this.text = text;
      this.ems = ems;
      content.setManaged(false);
      getChildren().add(content);
      // A zoom changes the font: the frame's width changes with it, which the cell must know.
      text.fontProperty().addListener(o -> requestLayout());
    }

    private double width() {
      return Math.ceil(ems * text.getFont().getSize());
    }

    @Override
    protected double computeMinWidth(double height) {
      return width();
    }

    @Override
    protected double computePrefWidth(double height) {
      return width();
    }

    @Override
    protected double computeMaxWidth(double height) {
      return width();
    }

    @Override
    protected double computePrefHeight(double w) {
      return content.prefHeight(width());
    }

    @Override
    protected void layoutChildren() {
      double h = Math.min(getHeight(), content.prefHeight(width()));
      content.resizeRelocate(0, (getHeight() - h) / 2, getWidth(), h);
    }
  }

  static final class TextCell extends LiveCell {
    private final java.util.function.IntFunction<String> text;
    private final Label value = new Label();
    private final Frame frame = new Frame(value, value, TEXT_EM);

    TextCell(PredictionsViewModel model, java.util.function.IntFunction<String> text) {
      super(model);
      this.text = text;
      setAlignment(Pos.CENTER_RIGHT);
      value.setAlignment(Pos.CENTER_RIGHT);
      value.getStyleClass().add(Styles.NUMBER);
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    void clear() {
      setGraphic(null);
    }

    @Override
    void show(int row) {
      EvaluationView.setText(value, text.apply(row));
      if (getGraphic() != frame) {
        setGraphic(frame);
      }
    }

    /** The number is drawn inside a frame: a screen reader gets it from the cell itself. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
      if (attribute == AccessibleAttribute.TEXT) {
        return getGraphic() == null ? "" : value.getText();
      }
      return super.queryAccessibleAttribute(attribute, parameters);
    }
  }

  static final class ExactCell extends LiveCell {
    private final Label badge = new Label();
    private final Frame frame = new Frame(badge, badge, BADGE_EM);
    private Boolean shown;

    ExactCell(PredictionsViewModel model) {
      super(model);
      badge.getStyleClass().add(Styles.CHIP);
      setAlignment(Pos.CENTER);
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    void clear() {
      setGraphic(null);
    }

    @Override
    void show(int row) {
      boolean exact = model.hammingDistance(row) == 0;
      if (shown == null || shown != exact) {
        // A style-class change restyles the badge; it happens only when the badge flips.
        badge.setText(exact ? Text.get("evaluation.yes") : Text.get("evaluation.no"));
        badge.getStyleClass().removeAll(Styles.CHIP_ON, Styles.CHIP_OFF);
        badge.getStyleClass().add(exact ? Styles.CHIP_ON : Styles.CHIP_OFF);
        shown = exact;
      }
      if (getGraphic() != frame) {
        setGraphic(frame);
      }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
      if (attribute == AccessibleAttribute.TEXT) {
        return getGraphic() == null ? "" : badge.getText();
      }
      return super.queryAccessibleAttribute(attribute, parameters);
    }
  }

  /** Probability (number and bar), prediction / truth, and the outcome's colour and letters. */
  static final class LabelCell extends LiveCell {
    private final int label;
    private final Label probability = new Label();
    private final Region bar = new Region();
    private final Pane track = new Pane(bar);
    private final Label decision = new Label();
    private final Label marker = new Label();
    private final HBox box = new HBox(4, probability, track, decision, marker);
    private final Frame frame = new Frame(box, probability, CELL_CONTENT_EM);
    private final Tooltip tip = new Tooltip();
    private Outcome shown;
    private int shownRow = -1;
    private Predictions shownPredictions;

    LabelCell(PredictionsViewModel model, int label) {
      super(model);
      this.label = label;
      probability.getStyleClass().add(Styles.NUMBER);
      probability.setMinWidth(36);
      track.getStyleClass().add(Styles.BAR_TRACK);
      track.setMinSize(BAR_WIDTH, 8);
      track.setPrefSize(BAR_WIDTH, 8);
      track.setMaxSize(BAR_WIDTH, 8);
      bar.getStyleClass().add(Styles.BAR);
      bar.setPrefHeight(8);
      decision.getStyleClass().add(Styles.NUMBER);
      decision.setMinWidth(Region.USE_PREF_SIZE);
      marker.getStyleClass().add(Styles.OUTCOME_MARKER);
      marker.minWidthProperty().bind(probability.fontProperty().map(f -> MARKER_EM * f.getSize()));
      box.setAlignment(Pos.CENTER_LEFT);
      tip.setOnShowing(e -> tip.setText(describe()));
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    void clear() {
      setGraphic(null);
      setTooltip(null);
      setOutcome(null);
    }

    @Override
    void show(int row) {
      Predictions p = model.predictionsProperty().get();
      if (row != shownRow || p != shownPredictions) {
        // The probability belongs to the row: a threshold move leaves it (and its bar) alone.
        double prob = p.probability(row, label);
        EvaluationView.setText(probability, Decimals.fixed(prob, 2));
        double w = Math.max(1, prob * BAR_WIDTH);
        bar.setPrefWidth(w);
        bar.resizeRelocate(0, 0, w, 8);
        shownRow = row;
        shownPredictions = p;
      }
      int pred = model.predicted(row, label);
      int truth = p.truth(row, label);
      Outcome o = Outcome.of(pred, truth);
      EvaluationView.setText(decision, pred + "/" + truth);
      EvaluationView.setText(marker, o.marker());
      setOutcome(o);
      if (getGraphic() != frame) {
        setGraphic(frame);
      }
      if (getTooltip() != tip) {
        setTooltip(tip);
      }
    }

    /** The cell in words, written when asked for (tooltip, screen reader), not on every move. */
    private String describe() {
      Integer row = getItem();
      Predictions p = model.predictionsProperty().get();
      if (row == null || isEmpty() || p == null || model.thresholdsProperty().get() == null) {
        return "";
      }
      double prob = p.probability(row, label);
      int pred = model.predicted(row, label);
      int truth = p.truth(row, label);
      return Text.get(
          "evaluation.cell.description",
          p.labelNames().get(label),
          String.valueOf(row),
          Decimals.fixed(prob, 3),
          Decimals.threshold(model.thresholdsProperty().get().of(label)),
          String.valueOf(pred),
          String.valueOf(truth),
          Outcome.of(pred, truth).meaning());
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
      if (attribute == AccessibleAttribute.TEXT) {
        return describe();
      }
      return super.queryAccessibleAttribute(attribute, parameters);
    }

    private void setOutcome(Outcome o) {
      if (o == shown) {
        return;
      }
      if (shown != null) {
        pseudoClassStateChanged(shown.pseudoClass(), false);
      }
      if (o != null) {
        pseudoClassStateChanged(o.pseudoClass(), true);
      }
      shown = o;
    }
  }
}
