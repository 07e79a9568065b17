package mllab.ui.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import mllab.ui.chart.ChartStyler;
import mllab.ui.shell.Theme;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.2 AA over the theme tokens: every text/background pair our CSS draws reaches 4.5:1 in each
 * theme, every text a chart draws (titles, axes, legends, marker labels such as the failed epoch's)
 * reaches 4.5:1 against the chart background of each theme, and every chart series reaches 3:1
 * (graphical objects). The token values are read from the CSS files, so a changed token is checked.
 */
class ThemeContrastTest {

  private static final double TEXT = 4.5;
  private static final double GRAPHICS = 3.0;

  /** Text token, background token, where the pair appears. */
  private static final String[][] PAIRS = {
    {"-color-fg-default", "-color-bg-default", "body text"},
    {"-color-fg-default", "-color-bg-subtle", "navigator, footer, cards"},
    {"-color-fg-muted", "-color-bg-default", "secondary text"},
    {"-color-fg-muted", "-color-bg-subtle", "navigator step state"},
    {"-color-accent-fg", "-color-bg-default", "links, accent text"},
    {"-color-accent-fg", "-color-accent-subtle", "accent text in info boxes"},
    {"-color-accent-fg", "-color-bg-subtle", "navigator state 'computing'"},
    {"-color-fg-emphasis", "-color-accent-emphasis", "selected step button, primary buttons"},
    {"-color-fg-default", "-color-warning-subtle", "warning box"},
    {"-color-fg-default", "-color-accent-subtle", "info box"},
    {"-color-success-fg", "-color-bg-subtle", "state text 'ready'"},
    {"-color-danger-fg", "-color-bg-subtle", "state text 'failed'"},
    {"-color-success-fg", "-color-success-subtle", "quiz: right"},
    {"-color-danger-fg", "-color-danger-subtle", "quiz: wrong"},
    {"-mllab-tp-fg", "-mllab-tp", "TP cell"},
    {"-mllab-fp-fg", "-mllab-fp", "FP cell"},
    {"-mllab-fn-fg", "-mllab-fn", "FN cell"},
    {"-mllab-tn-fg", "-mllab-tn", "TN cell"},
  };

  private static ThemeTokens light() {
    return ThemeTokens.of("primer-light.css", ".root");
  }

  private static ThemeTokens dark() {
    return ThemeTokens.of("primer-dark.css", ".root", ".root.theme-dark");
  }

  private static ThemeTokens highContrast() {
    return ThemeTokens.of("primer-dark.css", ".root", ".root.theme-high-contrast");
  }

  @Test
  void lightThemeTextPairsMeetAa() {
    assertPairs("light", light());
  }

  @Test
  void darkThemeTextPairsMeetAa() {
    assertPairs("dark", dark());
  }

  @Test
  void highContrastThemeTextPairsMeetAa() {
    assertPairs("high contrast", highContrast());
  }

  @Test
  void tokenReaderComposesTranslucentTokensOverTheBackground() {
    // Given Primer Dark's accent-subtle rgba(56, 139, 253, 0.15) over #0d1117
    int composed = dark().rgb("-color-accent-subtle");
    // Then each channel is 0.15 * token + 0.85 * background
    assertTrue(composed == ((0x13 << 16) | (0x23 << 8) | 0x3a), Integer.toHexString(composed));
  }

  @Test
  void sliderTracksStandOutFromThePageInEveryTheme() {
    List<String> failures = new ArrayList<>();
    ThemeTokens[] themes = {light(), dark(), highContrast()};
    String[] names = {"light", "dark", "high contrast"};
    for (int t = 0; t < themes.length; t++) {
      for (String page : new String[] {"-color-bg-default", "-color-bg-subtle"}) {
        double ratio =
            ThemeTokens.contrast(themes[t].rgb("-mllab-slider-track"), themes[t].rgb(page));
        if (ratio < GRAPHICS) {
          failures.add(String.format("%s: slider track on %s: %.2f:1", names[t], page, ratio));
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void chartSeriesStandOutFromBothChartBackgrounds() {
    List<String> failures = new ArrayList<>();
    for (ChartStyler styler :
        new ChartStyler[] {
          ChartStyler.light(), new ChartStyler(true, 1), ChartStyler.highContrast(1)
        }) {
      int background = styler.background().getRGB() & 0xffffff;
      for (int i = 0; i < 8; i++) {
        Color c = ChartStyler.series(i);
        double ratio = ThemeTokens.contrast(c.getRGB() & 0xffffff, background);
        if (ratio < GRAPHICS) {
          failures.add(
              String.format(
                  "series %d #%06x on %s chart background: %.2f:1",
                  i, c.getRGB() & 0xffffff, styler.isDark() ? "dark" : "light", ratio));
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void chartTextReadsOnTheChartBackgroundInEveryTheme() {
    List<String> failures = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      ChartStyler styler = theme.chartStyler(1);
      int background = styler.background().getRGB() & 0xffffff;
      String[] names = {"titles, axes, legend, 'guessing' marker", "failed epoch marker"};
      Color[] texts = {styler.foreground(), styler.alert()};
      for (int i = 0; i < texts.length; i++) {
        int text = texts[i].getRGB() & 0xffffff;
        double ratio = ThemeTokens.contrast(text, background);
        if (ratio < TEXT) {
          failures.add(
              String.format(
                  "%s theme: %s #%06x on chart background #%06x: %.2f:1",
                  theme.title(), names[i], text, background, ratio));
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static void assertPairs(String theme, ThemeTokens tokens) {
    List<String> failures = new ArrayList<>();
    for (String[] pair : PAIRS) {
      double ratio = ThemeTokens.contrast(tokens.rgb(pair[0]), tokens.rgb(pair[1]));
      if (ratio < TEXT) {
        failures.add(
            String.format(
                "%s: %s #%06x on %s #%06x (%s): %.2f:1",
                theme, pair[0], tokens.rgb(pair[0]), pair[1], tokens.rgb(pair[1]), pair[2], ratio));
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
