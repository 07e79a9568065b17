package mllab.ui.common;

import java.util.Comparator;
import java.util.List;
import javafx.scene.text.Font;

/**
 * How wide a column of names should be so that the dataset's names fit on one line: bibtex's
 * "TAG_statphys23" broke as "TAG_statphys2 / 3" in a fixed 150 px. Measured in em of the names'
 * font, so the width follows the zoom; only the few longest names are measured, so the cost does
 * not grow with the number of labels.
 */
public final class NameWidths {

  /** The least a name column takes, in em (the 150 px it had at 100 %). */
  static final double LEAST_EMS = 10;

  /** The most: a longer name wraps rather than pushing the bars off the card. */
  static final double MOST_EMS = 17;

  private static final int MEASURED = 8;
  private static final double PROBE_SIZE = 100;

  /** Room for a drop-down's padding and arrow beside its text, in em. */
  private static final double DROP_DOWN_EMS = 3;

  /**
   * JavaFX's own key: how many items a combo box's skin measures for its width. Unset, it measures
   * every item, which with bibtex's 1,836 feature names held step 2's first frame for 0.4–0.8 s.
   */
  private static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";

  private NameWidths() {}

  /**
   * Makes {@code box} as wide as the longest of {@code names} (at most {@link #MOST_EMS}, following
   * the zoom) without its skin measuring every item; call again when the names change.
   */
  public static void fit(javafx.scene.control.ComboBox<?> box, List<String> names) {
    fit(box, names, MOST_EMS);
  }

  /**
   * The same for a box whose entries are sentences about names ("rows with an error on …"), which
   * may take up to {@code mostEms} em before they are cut short.
   */
  public static void fit(javafx.scene.control.ComboBox<?> box, List<String> names, double mostEms) {
    box.getProperties().put(ROWS_TO_MEASURE, 0);
    double ems = ems(names, mostEms) + DROP_DOWN_EMS;
    // In em of the box's own font, through its style, so that the width follows the zoom.
    box.setStyle(String.format(java.util.Locale.ROOT, "-fx-pref-width: %.2fem;", ems));
  }

  /** The width, in em, that the widest of {@code names} needs, between the least and the most. */
  static double ems(List<String> names) {
    return ems(names, MOST_EMS);
  }

  private static double ems(List<String> names, double mostEms) {
    javafx.scene.text.Text probe = new javafx.scene.text.Text();
    probe.setFont(Font.font(Font.getDefault().getFamily(), PROBE_SIZE));
    double widest = 0;
    for (String name : longest(names, MEASURED)) {
      probe.setText(name);
      widest = Math.max(widest, probe.getLayoutBounds().getWidth() / PROBE_SIZE);
    }
    // half an em for the label's padding and rounding
    return Math.max(LEAST_EMS, Math.min(mostEms, widest + 0.5));
  }

  /**
   * The {@code n} longest of {@code names} (by characters), found in one pass: step 1's list of
   * label sets holds one name per distinct set, tens of thousands on the largest data, where
   * sorting them all had cost 20 ms on the FX thread.
   */
  public static List<String> longest(List<String> names, int n) {
    java.util.PriorityQueue<String> kept =
        new java.util.PriorityQueue<>(n + 1, Comparator.comparingInt(String::length));
    for (String name : names) {
      if (kept.size() < n) {
        kept.add(name);
      } else if (name.length() > kept.peek().length()) {
        kept.poll();
        kept.add(name);
      }
    }
    return List.copyOf(kept);
  }
}
