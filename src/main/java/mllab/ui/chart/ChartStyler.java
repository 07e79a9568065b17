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
 * colour-blindness) and every series also has its own marker shape and dash pattern, so no line is
 * told apart by colour alone.
 */
public final class ChartStyler {

  /**
   * Okabe–Ito hues: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, grey.
   * Orange, sky blue and yellow are darkened and black is a mid grey so that every series keeps 3:1
   * against both the light and the dark chart background (WCAG 2.2 for graphical objects).
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
  private final boolean highContrast;
  private final double scale;
  private final double lineScale;

  /**
   * @param dark whether the surrounding theme is dark
   * @param scale 1 for normal, larger when zoomed in (thicker lines, larger text)
   */
  public ChartStyler(boolean dark, double scale) {
    this(dark, false, scale, scale);
  }

  private ChartStyler(boolean dark, boolean highContrast, double scale, double lineScale) {
    this.dark = dark;
    this.highContrast = highContrast;
    this.scale = scale;
    this.lineScale = lineScale;
  }

  /**
   * The high-contrast look: black plot, white text, axes and tick marks, a grid that still reads
   * (not the dark theme's navy panel with grey grid), and larger tick labels.
   */
  public static ChartStyler highContrast(double scale) {
    return new ChartStyler(true, true, scale, scale);
  }

  /**
   * The same look with lines, dashes and point markers {@code factor} times thicker and text
   * unchanged: presentation mode, for a projector at the back of a room.
   */
  public ChartStyler withThickerLines(double factor) {
    return new ChartStyler(dark, highContrast, scale, lineScale * factor);
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
   * Called by the window (on the FX thread) when the theme or the presentation zoom changes: every
   * tracked chart is restyled at once.
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

  /** Whether this is the high-contrast look. */
  public boolean isHighContrast() {
    return highContrast;
  }

  public Color background() {
    if (highContrast) {
      return Color.BLACK;
    }
    return dark ? new Color(0x0d1117) : Color.WHITE;
  }

  public Color foreground() {
    if (highContrast) {
      return Color.WHITE;
    }
    return dark ? new Color(0xe6edf3) : new Color(0x1f2328);
  }

  /** Grid lines: faint on purpose, except in high contrast, where they must read (3:1). */
  public Color grid() {
    if (highContrast) {
      return new Color(0x8c8c8c);
    }
    return dark ? new Color(0x30363d) : new Color(0xd0d7de);
  }

  /** Axis lines and tick marks: the grid's colour, white in high contrast. */
  private Color axisLine() {
    return highContrast ? foreground() : grid();
  }

  /** Tick label size in pt at 100 %: larger in high contrast. */
  private float tickSize() {
    return highContrast ? 14f : 12f;
  }

  /**
   * Colour of what went wrong (the epoch where the loss exploded): a darker vermillion on light, a
   * lighter one on dark, so that its label reads at 4.5:1 like all text (the vermillion series
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
    return new StyledMarker(alert ? MarkerKind.ALERT : MarkerKind.REFERENCE);
  }

  /**
   * The current threshold on a chart: a solid line in the text colour, restyled with the theme (a
   * marker coloured once would keep the light theme's near-black on the dark plot).
   */
  public static ValueMarker thresholdMarker(double value) {
    ValueMarker m = new StyledMarker(MarkerKind.THRESHOLD);
    m.setValue(value);
    return m;
  }

  private enum MarkerKind {
    REFERENCE,
    ALERT,
    THRESHOLD
  }

  private static final class StyledMarker extends ValueMarker {
    private final MarkerKind kind;

    StyledMarker(MarkerKind kind) {
      super(0);
      this.kind = kind;
    }
  }

  /** Colour, stroke and label font of a marker made by {@link #marker(boolean)}. */
  public void style(ValueMarker marker) {
    if (marker instanceof StyledMarker m) {
      boolean alert = m.kind == MarkerKind.ALERT;
      Color c = alert ? alert() : foreground();
      m.setPaint(c);
      m.setLabelPaint(c);
      BasicStroke line =
          m.kind == MarkerKind.THRESHOLD
              ? new BasicStroke((float) (2.5 * lineScale))
              : stroke(alert ? 1 : 4);
      m.setStroke(line);
      m.setLabelFont(font(12f, alert));
      // The label sits clear of its own line (thicker in presentation mode), on the plot's colour,
      // so a dashed line never runs through its text.
      double clear = line.getLineWidth() / 2 + 4 * scale;
      m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(clear, clear, clear, clear));
      m.setLabelBackgroundColor(background());
    }
  }

  public Font font(float size, boolean bold) {
    return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size * scale));
  }

  /**
   * Applies background, fonts, grid and per-series colour/stroke/shape to an XY chart. Its viewer
   * is told once, at the end: each setter would otherwise redraw the chart, three times per curve
   * (3,031 redraws of the loss chart with 1,000 label curves on a theme or zoom change).
   */
  public void style(JFreeChart chart) {
    boolean notify = chart.isNotify();
    chart.setNotify(false);
    try {
      styleQuietly(chart);
    } finally {
      chart.setNotify(notify);
    }
  }

  private void styleQuietly(JFreeChart chart) {
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
      plot.setDomainGridlineStroke(new BasicStroke(highContrast ? 1.2f : 1f));
      plot.setRangeGridlineStroke(new BasicStroke(highContrast ? 1.2f : 1f));
      styleAxis(plot.getDomainAxis());
      styleAxis(plot.getRangeAxis());
      // The palette runs on across renderers (a second dataset's first series is the plot's
      // third colour when the first has two), the order the charts give when they are built.
      int offset = 0;
      for (int r = 0; r < plot.getRendererCount(); r++) {
        XYItemRenderer renderer = plot.getRenderer(r);
        int n = plot.getDataset(r) == null ? 0 : plot.getDataset(r).getSeriesCount();
        for (int i = 0; i < n; i++) {
          renderer.setSeriesPaint(i, series(offset + i), false);
          renderer.setSeriesStroke(i, stroke(offset + i), false);
          renderer.setSeriesShape(i, shape(offset + i), false);
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
    plot.setRangeGridlineStroke(new BasicStroke(highContrast ? 1.2f : 1f));
    styleAxis(plot.getRangeAxis());
    org.jfree.chart.axis.CategoryAxis x = plot.getDomainAxis();
    if (x != null) {
      x.setTickLabelPaint(foreground());
      x.setTickLabelFont(font(tickSize(), highContrast));
      x.setLabelPaint(foreground());
      x.setAxisLinePaint(axisLine());
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
    axis.setLabelFont(font(13f, highContrast));
    axis.setTickLabelFont(font(tickSize(), highContrast));
    axis.setAxisLinePaint(axisLine());
    axis.setTickMarkPaint(axisLine());
    if (highContrast) {
      axis.setAxisLineStroke(new BasicStroke(1.5f));
      axis.setTickMarkStroke(new BasicStroke(1.5f));
    }
  }
}
