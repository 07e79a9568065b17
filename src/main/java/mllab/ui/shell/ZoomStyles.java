package mllab.ui.shell;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.scene.Scene;

/**
 * Applies a zoom to the scene: the base font size (every size in the theme is in em, so text and
 * paddings follow it) and the icon size.
 *
 * <p>Icons cannot follow the font in em: Ikonli resolves em against the icon's own font, which its
 * size sets, so every CSS pass would grow it again. Their size in px comes from one stylesheet,
 * added once, with a rule per zoom step (".zoom-130 .ikonli-font-icon"); a zoom step only changes
 * the root's style class. Swapping a new stylesheet in for each step, as before, made JavaFX throw
 * away every node's cached styles and match them again, most of a zoom step's time (measured in
 * docs/benchmarks.md). A zoom off the 10 % grid gets a sheet of its own.
 */
final class ZoomStyles {

  /** The zoom steps the menu and keys reach, in percent. */
  static final int MIN_PERCENT = 80;

  static final int MAX_PERCENT = 200;
  private static final String CLASS_PREFIX = "zoom-";

  private final double baseFontPx;
  private final double iconPx;
  private final String steps;
  private String offGrid;

  ZoomStyles(double baseFontPx, double iconPx) {
    this.baseFontPx = baseFontPx;
    this.iconPx = iconPx;
    StringBuilder css = new StringBuilder();
    for (int p = MIN_PERCENT; p <= MAX_PERCENT; p += 10) {
      css.append(rule(".mllab." + CLASS_PREFIX + p, p / 100.0));
    }
    steps = dataUri(css.toString());
  }

  /** An icon's size in px at {@code zoom}, in step with the text. */
  long iconPx(double zoom) {
    return Math.round(iconPx * zoom);
  }

  void apply(Scene scene, double zoom) {
    scene
        .getRoot()
        .setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", baseFontPx * zoom));
    var classes = scene.getRoot().getStyleClass();
    classes.removeIf(c -> c.startsWith(CLASS_PREFIX));
    if (!scene.getStylesheets().contains(steps)) {
      scene.getStylesheets().add(steps);
    }
    long percent = Math.round(zoom * 100);
    boolean onGrid =
        Math.abs(zoom * 100 - percent) < 1e-6
            && percent % 10 == 0
            && percent >= MIN_PERCENT
            && percent <= MAX_PERCENT;
    if (offGrid != null) {
      scene.getStylesheets().remove(offGrid);
      offGrid = null;
    }
    if (onGrid) {
      classes.add(CLASS_PREFIX + percent);
    } else {
      offGrid = dataUri(rule(".mllab", zoom));
      scene.getStylesheets().add(offGrid);
    }
  }

  private String rule(String root, double zoom) {
    return String.format(
        Locale.ROOT, "%s .ikonli-font-icon { -fx-icon-size: %dpx; }%n", root, iconPx(zoom));
  }

  /** A stylesheet as a data URI, which JavaFX reads like a file. */
  private static String dataUri(String css) {
    return "data:text/css;base64,"
        + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
  }
}
