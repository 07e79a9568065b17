/**
 * Chart factories on JFreeChart-FX and {@link mllab.ui.chart.ChartStyler}, the one place that maps
 * the theme's colours to chart colours (JFreeChart does not read JavaFX CSS).
 *
 * <p>May call the packages below the ui, never a screen package or {@code ui.shell}.
 */
package mllab.ui.chart;
