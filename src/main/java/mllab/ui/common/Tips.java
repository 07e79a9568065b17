package mllab.ui.common;

import javafx.scene.control.Tooltip;

/**
 * Tooltips that wrap: a long one (a metric's definition and when it misleads) is a block a few
 * lines high instead of one line that runs off the window's edge.
 */
public final class Tips {

  /** The widest a tooltip gets, in px: about 60 characters a line. */
  static final double MAX_WIDTH = 480;

  /** Texts longer than this many characters are set as a block {@link #MAX_WIDTH} wide. */
  static final int ONE_LINE = 60;

  private Tips() {}

  /** A tooltip saying {@code text}, wrapped at {@link #MAX_WIDTH}. */
  public static Tooltip wrapping(String text) {
    Tooltip tip = new Tooltip(text);
    tip.setWrapText(true);
    tip.setMaxWidth(MAX_WIDTH);
    // A popup takes its height from the text's one-line width: a long text needs its width set
    // for the lines to be counted, or it is cut to one line instead of wrapped.
    if (text != null && text.length() > ONE_LINE) {
      tip.setPrefWidth(MAX_WIDTH);
    }
    return tip;
  }
}
