package mllab.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import mllab.text.Text;
import mllab.ui.chart.ChartStyler;

/** The three looks of the app. Only token values differ between them (see mllab.css). */
public enum Theme {
  LIGHT(new PrimerLight().getUserAgentStylesheet(), null),
  DARK(new PrimerDark().getUserAgentStylesheet(), "theme-dark"),
  HIGH_CONTRAST(new PrimerDark().getUserAgentStylesheet(), "theme-high-contrast");

  static final String APP_CSS = "/assets/theme/mllab.css";

  private final String userAgentStylesheet;
  private final String rootClass;

  Theme(String userAgentStylesheet, String rootClass) {
    this.userAgentStylesheet = userAgentStylesheet;
    this.rootClass = rootClass;
  }

  public String title() {
    String key = "shell.theme." + name();
    return Text.get(key);
  }

  /**
   * How charts look in this theme, at text scale {@code scale} (JFreeChart does not read CSS): the
   * dark themes draw on the dark chart background.
   */
  public ChartStyler chartStyler(double scale) {
    return this == HIGH_CONTRAST
        ? ChartStyler.highContrast(scale)
        : new ChartStyler(this == DARK, scale);
  }

  /**
   * Makes this theme's base stylesheet the application's. Done before the first control is made, it
   * spares parsing JavaFX's default stylesheet only to replace it.
   */
  void applyToApplication() {
    Application.setUserAgentStylesheet(userAgentStylesheet);
  }

  /** Applies this theme to the whole application and to {@code scene}. */
  public void apply(Scene scene) {
    applyToApplication();
    String css = Theme.class.getResource(APP_CSS).toExternalForm();
    if (!scene.getStylesheets().contains(css)) {
      scene.getStylesheets().add(css);
    }
    for (Theme t : values()) {
      if (t.rootClass != null) {
        scene.getRoot().getStyleClass().remove(t.rootClass);
      }
    }
    if (rootClass != null) {
      scene.getRoot().getStyleClass().add(rootClass);
    }
  }
}
