package mllab.ui.evaluation;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import mllab.eval.Predictions;
import mllab.text.Decimals;
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

  static final class TextCell extends LiveCell {
    private final java.util.function.IntFunction<String> text;
    private final Text value = CellFrame.text(Styles.NUMBER);
    private final CellFrame frame =
        new CellFrame(value, TEXT_EM, value) {
          @Override
          double contentHeight() {
            return snapSizeY(height(value));
          }

          @Override
          void place(double top, double w, double h) {
            // Right-aligned, as the label it replaces
            value.relocate(snapPositionX(w - width(value)), top);
          }
        };

    TextCell(PredictionsViewModel model, java.util.function.IntFunction<String> text) {
      super(model);
      this.text = text;
      setAlignment(Pos.CENTER_RIGHT);
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    void clear() {
      setGraphic(null);
    }

    @Override
    void show(int row) {
      CellFrame.setText(value, text.apply(row));
      frame.place();
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

  /** The exact-match badge: a chip as wide as the frame, its word centred on it. */
  static final class ExactCell extends LiveCell {
    private final Region chip = new Region();
    private final Text word = CellFrame.text(Styles.CHIP);
    private final CellFrame frame =
        new CellFrame(word, BADGE_EM, chip, word) {
          @Override
          double contentHeight() {
            return snapSizeY(height(word)) + chip.snappedTopInset() + chip.snappedBottomInset();
          }

          @Override
          void place(double top, double w, double h) {
            chip.resizeRelocate(0, top, w, h);
            double left = chip.snappedLeftInset();
            double inner = w - left - chip.snappedRightInset();
            word.relocate(
                snapPositionX(left + (inner - width(word)) / 2), top + chip.snappedTopInset());
          }
        };
    private Boolean shown;

    ExactCell(PredictionsViewModel model) {
      super(model);
      chip.getStyleClass().add(Styles.CHIP);
      // The chip's border comes and goes with its state: the word moves with it.
      chip.insetsProperty().addListener(o -> frame.place());
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
        word.setText(
            exact ? mllab.text.Text.get("evaluation.yes") : mllab.text.Text.get("evaluation.no"));
        for (javafx.collections.ObservableList<String> classes :
            java.util.List.of(chip.getStyleClass(), word.getStyleClass())) {
          classes.removeAll(Styles.CHIP_ON, Styles.CHIP_OFF);
          classes.add(exact ? Styles.CHIP_ON : Styles.CHIP_OFF);
        }
        shown = exact;
        frame.place();
      }
      if (getGraphic() != frame) {
        setGraphic(frame);
      }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
      if (attribute == AccessibleAttribute.TEXT) {
        return getGraphic() == null ? "" : word.getText();
      }
      return super.queryAccessibleAttribute(attribute, parameters);
    }
  }

  /** Probability (number and bar), prediction / truth, and the outcome's colour and letters. */
  static final class LabelCell extends LiveCell {
    private static final double GAP = 4;
    private static final double BAR_HEIGHT = 8;
    private static final double PROBABILITY_MIN_WIDTH = 36;
    private final int label;
    private final Text probability = CellFrame.text(Styles.NUMBER);
    private final Region bar = new Region();
    private final Pane track = new Pane(bar);
    private final Text decision = CellFrame.text(Styles.NUMBER);
    private final Text marker = CellFrame.text(Styles.OUTCOME_MARKER);
    private final CellFrame frame = new Row();
    private Tooltip tip;
    private Outcome shown;
    private int shownRow = -1;
    private Predictions shownPredictions;

    /** The cell's leaves in a row, spaced as a box with a gap of 4 would space them. */
    private final class Row extends CellFrame {
      Row() {
        super(probability, CELL_CONTENT_EM, probability, track, decision, marker);
      }

      @Override
      double contentHeight() {
        return snapSizeY(Math.max(Math.max(height(probability), height(decision)), BAR_HEIGHT));
      }

      @Override
      void place(double top, double w, double h) {
        double x = 0;
        placeInRow(probability, x, top, h, height(probability));
        x += snapSizeX(Math.max(PROBABILITY_MIN_WIDTH, width(probability))) + GAP;
        track.resize(BAR_WIDTH, BAR_HEIGHT);
        placeInRow(track, x, top, h, BAR_HEIGHT);
        x += BAR_WIDTH + GAP;
        placeInRow(decision, x, top, h, height(decision));
        x += snapSizeX(width(decision)) + GAP;
        placeInRow(marker, x, top, h, height(marker));
      }
    }

    LabelCell(PredictionsViewModel model, int label) {
      super(model);
      this.label = label;
      track.getStyleClass().add(Styles.BAR_TRACK);
      // The bar is sized here alone: a new width lays out nothing, not even the track.
      bar.setManaged(false);
      bar.getStyleClass().add(Styles.BAR);
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
      addEventHandler(MouseEvent.MOUSE_ENTERED, LabelCell::hovered);
    }

    /**
     * The tooltip is made when the pointer first comes over the cell: one per visible cell made up
     * front held up the table's first frame for something only a hover shows.
     */
    private static void hovered(MouseEvent e) {
      LabelCell cell = (LabelCell) e.getSource();
      if (cell.tip == null) {
        Tooltip t = new Tooltip();
        t.setOnShowing(s -> t.setText(cell.describe()));
        cell.tip = t;
        if (cell.getGraphic() != null) {
          cell.setTooltip(t);
        }
      }
    }

    @Override
    void clear() {
      setGraphic(null);
      if (getTooltip() != null) {
        setTooltip(null);
      }
      setOutcome(null);
    }

    @Override
    void show(int row) {
      Predictions p = model.predictionsProperty().get();
      if (row != shownRow || p != shownPredictions) {
        // The probability belongs to the row: a threshold move leaves it (and its bar) alone.
        double prob = p.probability(row, label);
        CellFrame.setText(probability, Decimals.fixed(prob, 2));
        bar.resizeRelocate(0, 0, Math.max(1, prob * BAR_WIDTH), BAR_HEIGHT);
        shownRow = row;
        shownPredictions = p;
      }
      int pred = model.predicted(row, label);
      int truth = p.truth(row, label);
      CellFrame.setText(decision, pred + "/" + truth);
      setOutcome(Outcome.of(pred, truth));
      frame.place();
      if (getGraphic() != frame) {
        setGraphic(frame);
      }
      if (tip != null && getTooltip() != tip) {
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
      return mllab.text.Text.get(
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
        // The letters follow the outcome: read from the bundle only when it flips
        CellFrame.setText(marker, o.marker());
      }
      shown = o;
    }
  }
}
