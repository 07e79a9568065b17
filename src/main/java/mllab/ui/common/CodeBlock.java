package mllab.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import mllab.text.Text;

/**
 * Python code as it is written: its lines are never wrapped (a wrapped import line read as a gap
 * and a lone ",", and wrapping misleads about Python's indentation); a line wider than the column
 * scrolls sideways, with the mouse, the scroll bar, or the arrow keys once the block has focus.
 */
final class CodeBlock {

  /** The room left under the code for the sideways scroll bar, in em of the code's font. */
  private static final double BAR_EMS = 1.2;

  /** The width the block asks for, in em; it fills the column whatever its width. */
  private static final double PREF_EMS = 12;

  private CodeBlock() {}

  /** {@code code} in a box that scrolls sideways when a line is wider than the box. */
  static ScrollPane of(Label code) {
    code.setWrapText(false);
    code.setMinWidth(Region.USE_PREF_SIZE);
    ScrollPane scroll =
        new ScrollPane(code) {
          // As tall as the code's lines and room for the scroll bar under them, so the bar never
          // hides the last line and the box never scrolls up and down on its own. Unwrapped, the
          // code's height does not depend on the width it gets.
          @Override
          protected double computePrefHeight(double width) {
            return snapSizeY(
                code.prefHeight(-1)
                    + snappedTopInset()
                    + snappedBottomInset()
                    + BAR_EMS * code.getFont().getSize());
          }

          @Override
          protected double computeMinHeight(double width) {
            return computePrefHeight(width);
          }
        };
    scroll.getStyleClass().add(Styles.CODE_SCROLL);
    scroll.setFitToWidth(false);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
    scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setMinWidth(0);
    // It asks for little width and takes the column's: asking for its longest line's width made
    // the side column lay out the outputs below it for a width it did not get.
    scroll.setPrefWidth(PREF_EMS * code.getFont().getSize());
    scroll.setMaxWidth(Double.MAX_VALUE);
    scroll.setAccessibleText(Text.get("common.step.pythonCode"));
    return scroll;
  }
}
