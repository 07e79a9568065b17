package mllab.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import mllab.ui.chart.ChartStyler;

/**
 * How the window looks, as state without a window: the interface zoom, the theme and presentation
 * mode, and the chart style that follows from them. {@link SceneAppearance} applies it to a scene.
 */
public final class AppearanceViewModel {

  /** How much thicker chart lines are in presentation mode. */
  static final double PRESENTATION_LINES = 1.6;

  /** Base font size in px at zoom 1; every size in the theme is in em, so it all scales. */
  static final double BASE_FONT_PX = 15;

  /** Icon size in px at zoom 1 (AtlantaFX's own); icons scale with the zoom like the text. */
  static final double ICON_PX = 18;

  /** The smallest and largest zoom the menu and keys reach. */
  static final double MIN_ZOOM = 0.8;

  static final double MAX_ZOOM = 2.0;

  /** One zoom step of the menu and keys. */
  static final double ZOOM_STEP = 0.1;

  private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
  private final BooleanProperty presentation = new SimpleBooleanProperty(false);
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

  /** The interface zoom (1 = 100 %), from 0.8 to 2.0. */
  public DoubleProperty zoomProperty() {
    return zoom;
  }

  /**
   * Presentation mode (View menu, Ctrl+Shift+P), for a projector: thicker chart lines, larger
   * slider thumbs and tracks, thicker focus rings. Text size stays with the zoom.
   */
  public BooleanProperty presentationProperty() {
    return presentation;
  }

  /** The look of the whole window. */
  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public Theme theme() {
    return theme.get();
  }

  /** Switches the look of the whole window. */
  public void setTheme(Theme t) {
    theme.set(t);
  }

  /** Changes the zoom by {@code delta}, kept within 80 %–200 % and on whole percent tenths. */
  public void zoomBy(double delta) {
    zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round((zoom.get() + delta) * 10) / 10.0)));
  }

  /** One step larger (View → Zoom in, Ctrl+=). */
  public void zoomIn() {
    zoomBy(ZOOM_STEP);
  }

  /** One step smaller (View → Zoom out, Ctrl+−). */
  public void zoomOut() {
    zoomBy(-ZOOM_STEP);
  }

  /** Back to 100 % (View → Actual size, Ctrl+0, or a click on the footer's zoom level). */
  public void resetZoom() {
    zoom.set(1.0);
  }

  /**
   * How charts look now: the theme's colours at the zoom (never drawn smaller than at 100 %), with
   * thicker lines in presentation mode.
   */
  public ChartStyler chartStyler() {
    ChartStyler styler = theme.get().chartStyler(Math.max(1.0, zoom.get()));
    return presentation.get() ? styler.withThickerLines(PRESENTATION_LINES) : styler;
  }
}
