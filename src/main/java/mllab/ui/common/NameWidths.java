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
final class NameWidths {

  /** The least a name column takes, in em (the 150 px it had at 100 %). */
  static final double LEAST_EMS = 10;

  /** The most: a longer name wraps rather than pushing the bars off the card. */
  static final double MOST_EMS = 17;

  private static final int MEASURED = 8;
  private static final double PROBE_SIZE = 100;

  private NameWidths() {}

  /** The width, in em, that the widest of {@code names} needs, between the least and the most. */
  static double ems(List<String> names) {
    javafx.scene.text.Text probe = new javafx.scene.text.Text();
    probe.setFont(Font.font(Font.getDefault().getFamily(), PROBE_SIZE));
    double widest = 0;
    for (String name :
        names.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .limit(MEASURED)
            .toList()) {
      probe.setText(name);
      widest = Math.max(widest, probe.getLayoutBounds().getWidth() / PROBE_SIZE);
    }
    // half an em for the label's padding and rounding
    return Math.max(LEAST_EMS, Math.min(MOST_EMS, widest + 0.5));
  }
}
