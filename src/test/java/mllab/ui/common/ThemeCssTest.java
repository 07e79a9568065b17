package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** The theme file parses without a single error (a broken rule silently drops the rest). */
class ThemeCssTest {

  @Test
  void themeStylesheetHasNoParseErrors() throws Exception {
    // Given the app's stylesheet
    URL css = ThemeCssTest.class.getResource("/assets/theme/mllab.css");
    assertNotNull(css, "the theme is packaged");
    CssParser.errorsProperty().clear();
    // When JavaFX's own parser reads it
    var sheet = new CssParser().parse(css);
    // Then it reports no error and keeps every rule
    assertTrue(CssParser.errorsProperty().isEmpty(), CssParser.errorsProperty().toString());
    assertTrue(sheet.getRules().size() > 50, "rules: " + sheet.getRules().size());
  }
}
