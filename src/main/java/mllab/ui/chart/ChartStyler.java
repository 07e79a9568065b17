package mllab.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.util.ShapeUtils;

/**
 * The one place that turns the app's theme into JFreeChart colours, fonts and strokes: JFreeChart
 * draws with AWT and does not read JavaFX CSS.
 *
 * <p>Series colours follow the Okabe–Ito palette (distinguishable under the common types of
 * colour-blindness) and every series also has its own marker shape and dash pattern, so no line
 * is told apart by colour alone.
 */
public final class ChartStyler {

  /**
   * Okabe–Ito hues: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, grey.
   * Orange, sky blue and yellow are darkened and black is a mid grey so that every series keeps
   * 3:1 against both the light and the dark chart background (WCAG 2.2 for graphical objects).
   */
  private static final Color[] PALETTE = {
    new Color(0x0072B2),
    new Color(0xD55E00),
    new Color(0x009E73),
    new Color(0xC18500),
    new Color(0xCC79A7),
    new Color(0x4897C3),
    new Color(0xA29000),
    new Color(0x7A7A7A),
  };

  private static final float[][] DASHES = {
    null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {5f, 5f}, {1f, 2f}, {12f, 4f}, {3f, 3f}
  };

  private final boolean dark;
  private final double scale;
  private final double lineScale;

  /**
   * @param dark whether the surrounding theme is dark
   * @param scale 1 for normal, larger when zoomed in (thicker lines, larger text)
   */
  public ChartStyler(boolean dark, double scale) {
    this(dark, scale, scale);
  }

  private ChartStyler(boolean dark, double scale, double lineScale) {
    this.dark = dark;
    this.scale = scale;
    this.lineScale = lineScale;
  }

  /**
   * The same look with lines, dashes and point markers {@code factor} times thicker and text
   * unchanged: presentation mode, for a projector at the back of a room.
   */
  public ChartStyler withThickerLines(double factor) {
    return new ChartStyler(dark, scale, lineScale * factor);
  }

  public static ChartStyler light() {
    return new ChartStyler(false, 1.0);
  }

  private static volatile ChartStyler current = light();

  /** Charts that follow the theme; weak, so a chart that is thrown away is forgotten. */
  private static final java.util.Set<JFreeChart> TRACKED =
      java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

  /** The styler for the window's current theme and zoom; charts built later use it. */
  public static ChartStyler current() {
    return current;
  }

  /**
   * Called by the window (on the FX thread) when the theme or the presentation zoom changes:
   * every tracked chart is restyled at once.
   */
  public static void setCurrent(ChartStyler styler) {
    current = styler;
    for (JFreeChart chart : java.util.List.copyOf(TRACKED)) {
      styler.style(chart);
    }
  }

  /** Styles {@code chart} with the current theme now and whenever the theme changes. */
  public static JFreeChart track(JFreeChart chart) {
    current.style(chart);
    TRACKED.add(chart);
    return chart;
  }

  /** Whether this styler draws on a dark background. */
  public boolean isDark() {
    return dark;
  }

  /** Text scale (1 normal, larger when zoomed in). */
  public double scale() {
    return scale;
  }

  /** Line scale: the text scale, times the presentation mode's factor when it is on. */
  public double lineScale() {
    return lineScale;
  }

  public Color background() {
    return dark ? new Color(0x0d1117) : Color.WHITE;
  }

  public Color foreground() {
    return dark ? new Color(0xe6edf3) : new Color(0x1f2328);
  }

  public Color grid() {
    return dark ? new Color(0x30363d) : new Color(0xd0d7de);
  }

  /**
   * Colour of what went wrong (the epoch where the loss exploded): a darker vermillion on light,
   * a lighter one on dark, so that its label reads at 4.5:1 like all text (the vermillion series
   * colour is only 3.9:1 on white).
   */
  public Color alert() {
    return dark ? new Color(0xff7b3d) : new Color(0xb34700);
  }

  /** Colour of series {@code i}. */
  public static Color series(int i) {
    return PALETTE[Math.floorMod(i, PALETTE.length)];
  }

  /** Line stroke of series {@code i}: its own dash pattern. */
  public BasicStroke stroke(int i) {
    float width = (float) (2.5 * lineScale);
    float[] dash = DASHES[Math.floorMod(i, DASHES.length)];
    if (dash == null) {
      return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
    float[] scaled = dash.clone();
    for (int k = 0; k < scaled.length; k++) {
      scaled[k] *= (float) lineScale;
    }
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
  }

  /** Marker shape of series {@code i}: circle, square, triangle, diamond, … */
  public Shape shape(int i) {
    double s = 7 * lineScale;
    return switch (Math.floorMod(i, 5)) {
      case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
      case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
      case 2 -> ShapeUtils.createUpTriangle((float) (s / 1.6));
      case 3 -> ShapeUtils.createDiamond((float) (s / 1.6));
      default -> ShapeUtils.createDownTriangle((float) (s / 1.6));
    };
  }

  /**
   * A labelled marker line (the loss of guessing; with {@code alert}, the epoch where training
   * failed) that tracked charts restyle with the theme, like their series.
   */
  public static ValueMarker marker(boolean alert) {
    return new StyledMarker(alert);
  }

  private static final class StyledMarker extends ValueMarker {
    private final boolean alert;

    StyledMarker(boolean alert) {
      super(0);
      this.alert = alert;
    }
  }

  /** Colour, stroke and label font of a marker made by {@link #marker(boolean)}. */
  public void style(ValueMarker marker) {
    if (marker instanceof StyledMarker m) {
      Color c = m.alert ? alert() : foreground();
      m.setPaint(c);
      m.setLabelPaint(c);
      m.setStroke(stroke(m.alert ? 1 : 4));
      m.setLabelFont(font(11f, m.alert));
    }
  }

  public Font font(float size, boolean bold) {
    return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size * scale));
  }

  /** Applies background, fonts, grid and per-series colour/stroke/shape to an XY chart. */
  public void style(JFreeChart chart) {
    chart.setBackgroundPaint(background());
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getTitle() != null) {
      chart.getTitle().setPaint(foreground());
      chart.getTitle().setFont(font(15f, true));
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setBackgroundPaint(background());
      legend.setItemPaint(foreground());
      legend.setItemFont(font(13f, false));
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot categoryPlot) {
      styleCategoryPlot(categoryPlot);
    }
    if (chart.getPlot() instanceof XYPlot plot) {
      plot.setBackgroundPaint(background());
      plot.setOutlineVisible(false);
      plot.setDomainGridlinePaint(grid());
      plot.setRangeGridlinePaint(grid());
      plot.setDomainGridlineStroke(new BasicStroke(1f));
      plot.setRangeGridlineStroke(new BasicStroke(1f));
      styleAxis(plot.getDomainAxis());
      styleAxis(plot.getRangeAxis());
      // The palette runs on across renderers (a second dataset's first series is the plot's
      // third colour when the first has two), the order the charts give when they are built.
      int offset = 0;
      for (int r = 0; r < plot.getRendererCount(); r++) {
        XYItemRenderer renderer = plot.getRenderer(r);
        int n = plot.getDataset(r) == null ? 0 : plot.getDataset(r).getSeriesCount();
        for (int i = 0; i < n; i++) {
          renderer.setSeriesPaint(i, series(offset + i));
          renderer.setSeriesStroke(i, stroke(offset + i));
          renderer.setSeriesShape(i, shape(offset + i));
        }
        offset += n;
        if (renderer instanceof XYLineAndShapeRenderer lr) {
          lr.setDrawSeriesLineAsPath(true);
        }
      }
      for (Layer layer : Layer.values()) {
        styleMarkers(plot.getDomainMarkers(layer));
        styleMarkers(plot.getRangeMarkers(layer));
      }
    }
  }

  private void styleMarkers(java.util.Collection<?> markers) {
    if (markers != null) {
      for (Object m : markers) {
        if (m instanceof ValueMarker v) {
          style(v);
        }
      }
    }
  }

  private void styleCategoryPlot(org.jfree.chart.plot.CategoryPlot plot) {
    plot.setBackgroundPaint(background());
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(grid());
    styleAxis(plot.getRangeAxis());
    org.jfree.chart.axis.CategoryAxis x = plot.getDomainAxis();
    if (x != null) {
      x.setTickLabelPaint(foreground());
      x.setTickLabelFont(font(12f, false));
      x.setLabelPaint(foreground());
      x.setAxisLinePaint(grid());
    }
    var r = plot.getRenderer();
    int n = plot.getDataset() == null ? 0 : plot.getDataset().getRowCount();
    for (int i = 0; i < n && r != null; i++) {
      r.setSeriesPaint(i, series(i));
    }
  }

  private void styleAxis(ValueAxis axis) {
    if (axis == null) {
      return;
    }
    axis.setLabelPaint(foreground());
    axis.setTickLabelPaint(foreground());
    axis.setLabelFont(font(13f, false));
    axis.setTickLabelFont(font(12f, false));
    axis.setAxisLinePaint(grid());
    axis.setTickMarkPaint(grid());
  }
}
