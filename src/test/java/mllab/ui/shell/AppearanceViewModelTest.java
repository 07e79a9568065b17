package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import mllab.ui.chart.ChartStyler;
import org.junit.jupiter.api.Test;

/** Zoom, theme and presentation mode as a student changes them, without a window. */
class AppearanceViewModelTest {

  private final AppearanceViewModel model = new AppearanceViewModel();

  @Test
  void zoomingInGoesUpInTenthsAndStopsAt200Percent() {
    // Given the window at 100 %
    // When the student zooms in three times
    model.zoomIn();
    model.zoomIn();
    model.zoomIn();

    // Then it is at 130 %, on the tenth and not 1.3000000000000003
    assertEquals(1.3, model.zoomProperty().get(), 0.0);

    // And however often they press it, it stops at 200 %
    for (int i = 0; i < 20; i++) {
      model.zoomIn();
    }
    assertEquals(2.0, model.zoomProperty().get(), 0.0);
  }

  @Test
  void zoomingOutStopsAt80PercentAndActualSizeGoesBackTo100() {
    for (int i = 0; i < 5; i++) {
      model.zoomOut();
    }
    assertEquals(0.8, model.zoomProperty().get(), 0.0);

    model.resetZoom();

    assertEquals(1.0, model.zoomProperty().get(), 0.0);
  }

  @Test
  void aZoomOffTheGridIsRoundedToItByTheNextStep() {
    model.zoomProperty().set(1.23);

    model.zoomIn();

    assertEquals(1.3, model.zoomProperty().get(), 0.0);
  }

  @Test
  void chartsFollowTheThemeAndTheZoomButNeverDrawSmallerThanAt100Percent() {
    assertFalse(model.chartStyler().isDark());

    model.setTheme(Theme.DARK);
    model.zoomProperty().set(1.5);
    assertTrue(model.chartStyler().isDark());
    assertFalse(model.chartStyler().isHighContrast());
    assertEquals(1.5, model.chartStyler().scale(), 1e-9);

    model.setTheme(Theme.HIGH_CONTRAST);
    model.zoomProperty().set(0.8);
    assertTrue(model.chartStyler().isHighContrast());
    assertEquals(1.0, model.chartStyler().scale(), 1e-9);
  }

  @Test
  void presentationModeThickensChartLinesButNotTheirText() {
    model.zoomProperty().set(1.2);
    ChartStyler before = model.chartStyler();

    model.presentationProperty().set(true);

    ChartStyler on = model.chartStyler();
    assertEquals(before.scale(), on.scale(), 1e-9);
    assertEquals(before.lineScale() * AppearanceViewModel.PRESENTATION_LINES, on.lineScale(), 1e-9);
  }

  @Test
  void aThemeChangeIsToldToWhoeverFollowsIt() {
    List<Theme> seen = new ArrayList<>();
    model.themeProperty().addListener((o, was, now) -> seen.add(now));

    model.setTheme(Theme.HIGH_CONTRAST);
    model.setTheme(Theme.LIGHT);

    assertEquals(List.of(Theme.HIGH_CONTRAST, Theme.LIGHT), seen);
    assertEquals(Theme.LIGHT, model.theme());
  }
}
