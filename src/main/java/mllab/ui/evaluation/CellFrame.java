package mllab.ui.evaluation;

import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import mllab.ui.common.Styles;

/**
 * A predictions-table cell's content at a fixed width in em: leaves (texts, bars) that the frame
 * places itself. The leaves are unmanaged, so a text that a threshold move changes lays out nothing
 * above the frame; a change that reached the cell would make the table lay out and restyle every
 * visible row.
 */
abstract class CellFrame extends javafx.scene.layout.Region {

  private final Text fontSource;
  private final double ems;

  /** A frame {@code ems} times the font size of {@code fontSource} wide, holding {@code leaves}. */
  CellFrame(Text fontSource, double ems, Node... leaves) {
    this.fontSource = fontSource;
    this.ems = ems;
    for (Node leaf : leaves) {
      leaf.setManaged(false);
    }
    getChildren().addAll(leaves);
    // A zoom changes the font: the frame's width changes with it, which the cell must know.
    fontSource.fontProperty().addListener(o -> requestLayout());
  }

  /** A text leaf with the style classes {@code classes}, measured like a label's text. */
  static Text text(String... classes) {
    Text t = new Text();
    t.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
    t.getStyleClass().addAll(Styles.TEXT, Styles.CELL_TEXT);
    t.getStyleClass().addAll(classes);
    return t;
  }

  /** Sets {@code t}'s text, leaving it alone when it is already {@code s}. */
  static void setText(Text t, String s) {
    if (!s.equals(t.getText())) {
      t.setText(s);
    }
  }

  /** The font size the frame's width and the leaves' sizes follow. */
  final double fontSize() {
    return fontSource.getFont().getSize();
  }

  final double width() {
    return Math.ceil(ems * fontSize());
  }

  static double width(Text t) {
    return t.getLayoutBounds().getWidth();
  }

  static double height(Text t) {
    return t.getLayoutBounds().getHeight();
  }

  /** The height of the content, as a box holding the leaves in a row would be. */
  abstract double contentHeight();

  /** Places the leaves inside a content box {@code w} wide and {@code h} high at {@code top}. */
  abstract void place(double top, double w, double h);

  /** Places the leaves again after a text changed (no layout pass: they are unmanaged). */
  final void place() {
    double h = Math.min(getHeight(), contentHeight());
    // Not snapped, as the box these leaves used to sit in was centred: the cells look the same.
    place((getHeight() - h) / 2, getWidth(), h);
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
    return contentHeight();
  }

  @Override
  protected void layoutChildren() {
    place();
  }

  /** Moves {@code leaf} to {@code x}, centred in a row {@code h} high at {@code top}. */
  final void placeInRow(Node leaf, double x, double top, double h, double leafHeight) {
    leaf.relocate(snapPositionX(x), top + snapPositionY((h - leafHeight) / 2));
  }
}
