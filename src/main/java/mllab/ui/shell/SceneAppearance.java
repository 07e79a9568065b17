package mllab.ui.shell;

import java.util.List;
import javafx.scene.Scene;
import mllab.ui.chart.ChartStyler;
import mllab.ui.common.Styles;

/**
 * Keeps a scene in step with an {@link AppearanceViewModel}: the theme's stylesheets, the font and
 * icon sizes of the zoom, presentation mode's style class, and the charts' style.
 */
final class SceneAppearance {

  private final AppearanceViewModel model;
  private final Scene scene;

  /** Font and icon sizes for the zoom. */
  private final ZoomStyles zoomStyles =
      new ZoomStyles(AppearanceViewModel.BASE_FONT_PX, AppearanceViewModel.ICON_PX);

  SceneAppearance(AppearanceViewModel model, Scene scene) {
    this.model = model;
    this.scene = scene;
  }

  /** Applies the look now and after every change of theme, zoom or mode. */
  void install() {
    model.theme().apply(scene);
    model
        .themeProperty()
        .addListener(
            (o, a, t) -> {
              t.apply(scene);
              updateChartStyle();
            });
    model
        .zoomProperty()
        .addListener(
            (o, a, b) -> {
              applyZoom();
              updateChartStyle();
            });
    applyZoom();
    model
        .presentationProperty()
        .addListener(
            (o, a, on) -> {
              applyPresentation();
              updateChartStyle();
            });
    applyPresentation();
    // Charts follow this window's theme, zoom and mode from the start, not a previous window's.
    updateChartStyle();
  }

  private void updateChartStyle() {
    ChartStyler.setCurrent(model.chartStyler());
  }

  private void applyZoom() {
    zoomStyles.apply(scene, model.zoomProperty().get());
  }

  private void applyPresentation() {
    List<String> classes = scene.getRoot().getStyleClass();
    classes.remove(Styles.PRESENTATION);
    if (model.presentationProperty().get()) {
      classes.add(Styles.PRESENTATION);
    }
  }
}
