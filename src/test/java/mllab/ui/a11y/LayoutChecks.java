package mllab.ui.a11y;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import mllab.ui.common.NodeIds;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * What a student sees broken on a screen, found by walking the scene: a control whose text is
 * elided ("P…"), a node that runs out of its parent (a card past the window's edge), a chart marker
 * too faint against its plot. Shared by the headless layout test and the real-window one.
 */
final class LayoutChecks {

  /** Layout rounds to whole pixels at fractional zooms: a pixel either way is not a fault. */
  private static final double SLACK = 1.5;

  private final Scene scene;
  private final String where;

  /**
   * @param where what the messages start with (zoom, theme), the screen title is added
   */
  LayoutChecks(Scene scene, String where) {
    this.scene = scene;
    this.where = where;
  }

  /** Labeled controls that show less than their text ("Pa…" for "Pause"). */
  List<String> truncatedTexts() {
    List<String> out = new ArrayList<>();
    for (Node n : shown(scene.getRoot())) {
      if (!(n instanceof Labeled l)
          || (n instanceof Cell && !comboButtonCell(n))
          || l.getText() == null
          || l.getText().isEmpty()) {
        continue;
      }
      String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
      for (Node child : l.getChildrenUnmodifiable()) {
        if (child instanceof Text t
            && t.getStyleClass().contains("text")
            && !full.equals(t.getText())) {
          out.add(
              String.format(
                  "%s %s %s #%s \"%s\" shown as \"%s\" in %s",
                  where,
                  screenTitle(),
                  l.getClass().getSimpleName(),
                  l.getId(),
                  l.getText(),
                  t.getText(),
                  ancestry(l)));
        }
      }
    }
    return out;
  }

  /**
   * Nodes laid out (partly) outside their parent's box: a card wider than its column, a row of
   * buttons past the window's right edge. Contents that are meant to be larger than what shows them
   * are left alone: whatever sits in a clipped parent (a scroll pane's viewport, a table's rows) or
   * in a group (which has no box of its own), and the inside of charts and text.
   */
  List<String> nodesOutsideTheirParent() {
    List<String> out = new ArrayList<>();
    for (Node n : shown(scene.getRoot())) {
      Parent p = n.getParent();
      if (!(p instanceof Region parent)
          || p.getClip() != null
          || ownsOverflow(p)
          || !n.isManaged()
          || p instanceof javafx.scene.text.TextFlow
          || insideControl(n)) {
        continue;
      }
      // Each node's own box (not what its children draw, which is checked at their level)
      Bounds own = n.getLayoutBounds();
      double minX = n.getLayoutX() + n.getTranslateX() + own.getMinX();
      double minY = n.getLayoutY() + n.getTranslateY() + own.getMinY();
      double maxX = minX + own.getWidth();
      double maxY = minY + own.getHeight();
      Bounds box = parent.getLayoutBounds();
      // A scroll pane's content may be taller than its viewport (that is what scrolling is for)
      // but not wider: the screens scroll down only, a sideways overflow is cut off.
      boolean scrolls = p.getParent() != null && p.getParent().getStyleClass().contains("viewport");
      // A card's own grid (a heatmap, a pair grid) may scroll sideways when its scroll pane shows
      // a horizontal bar for it: then the student can reach all of it.
      boolean sideways = scrolls && scrollsSideways(p);
      boolean outside =
          (!sideways && (minX < box.getMinX() - SLACK || maxX > box.getMaxX() + SLACK))
              || (!scrolls && (minY < box.getMinY() - SLACK || maxY > box.getMaxY() + SLACK));
      if (outside) {
        out.add(
            String.format(
                "%s %s %s #%s %s at x %.0f–%.0f, y %.0f–%.0f outside %s of %.0f × %.0f",
                where,
                screenTitle(),
                n.getClass().getSimpleName(),
                n.getId(),
                n.getStyleClass(),
                minX,
                maxX,
                minY,
                maxY,
                describe(parent),
                box.getWidth(),
                box.getHeight()));
      }
    }
    return out;
  }

  /** Chart markers (threshold, guessing loss) below 3:1 against their plot's background. */
  List<String> faintChartMarkers() {
    List<String> out = new ArrayList<>();
    for (Node n : shown(scene.getRoot())) {
      if (!(n instanceof ChartViewer viewer) || viewer.getChart() == null) {
        continue;
      }
      JFreeChart chart = viewer.getChart();
      if (!(chart.getPlot() instanceof XYPlot plot)
          || !(plot.getBackgroundPaint() instanceof Color bg)) {
        continue;
      }
      List<Marker> markers = new ArrayList<>();
      for (Layer layer : Layer.values()) {
        addAll(markers, plot.getDomainMarkers(layer));
        addAll(markers, plot.getRangeMarkers(layer));
      }
      for (Marker m : markers) {
        Paint paint = m.getPaint();
        if (paint instanceof Color c && contrast(c, bg) < 3.0) {
          out.add(
              String.format(
                  "%s %s chart #%s: marker %s is %.2f:1 against its plot %s",
                  where, screenTitle(), viewer.getId(), hex(c), contrast(c, bg), hex(bg)));
        }
      }
    }
    return out;
  }

  private static void addAll(List<Marker> out, Collection<?> markers) {
    if (markers != null) {
      for (Object m : markers) {
        out.add((Marker) m);
      }
    }
  }

  /** WCAG contrast ratio of two opaque colours. */
  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * channel(c.getRed())
        + 0.7152 * channel(c.getGreen())
        + 0.0722 * channel(c.getBlue());
  }

  private static double channel(int v) {
    double s = v / 255.0;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  private static String hex(Color c) {
    return String.format("#%06x", c.getRGB() & 0xffffff);
  }

  /** Parents whose children may be larger by design: they scroll or clip what they show. */
  /** True when {@code content}'s scroll pane lets it scroll sideways (its bar is not NEVER). */
  private static boolean scrollsSideways(Parent content) {
    for (Parent a = content.getParent(); a != null; a = a.getParent()) {
      if (a instanceof javafx.scene.control.ScrollPane sp) {
        // A screen's own scroll pane fits its width: a screen wider than the window is a fault.
        return !sp.isFitToWidth()
            && sp.getHbarPolicy() != javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER;
      }
    }
    return false;
  }

  private static boolean ownsOverflow(Parent p) {
    return p instanceof javafx.scene.control.ScrollPane
        || p instanceof Group
        || p.getClass().getName().contains("VirtualFlow")
        || p.getClass().getName().contains("ClippedContainer");
  }

  /**
   * Inside a control whose skin draws its own parts over its edges by design (a slider's end tick
   * labels, a chart's canvas, a table's cells), or inside a label (its text is checked by {@link
   * #truncatedTexts()}).
   */
  private static boolean insideControl(Node n) {
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ChartViewer
          || p instanceof Cell
          || p instanceof Labeled
          || p instanceof javafx.scene.control.Slider
          || p instanceof javafx.scene.control.TableView<?>
          || p instanceof javafx.scene.control.ListView<?>
          || p instanceof javafx.scene.control.TextInputControl) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Node n) {
    return n.getClass().getSimpleName()
        + (n.getId() == null ? "" : "#" + n.getId())
        + n.getStyleClass()
        + " in "
        + ancestry(n);
  }

  /** The cell a combo box shows its choice in (the other cells are table and list contents). */
  private static boolean comboButtonCell(Node n) {
    return n.getParent() instanceof javafx.scene.control.ComboBoxBase<?>;
  }

  static String ancestry(Node n) {
    StringBuilder out = new StringBuilder();
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p.getId() != null) {
        return out.append('#').append(p.getId()).toString();
      }
      out.append(p.getClass().getSimpleName()).append(p.getStyleClass()).append(" < ");
    }
    return out.toString();
  }

  String screenTitle() {
    Node title = scene.lookup("#" + NodeIds.SCREEN_TITLE);
    return title instanceof Label l ? l.getText() : "Learn";
  }

  /** Every node shown: visible itself and all its parents, with a size. */
  static List<Node> shown(Parent root) {
    List<Node> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node n, List<Node> out) {
    if (!n.isVisible()) {
      return;
    }
    if (n.getLayoutBounds().getWidth() > 0 && n.getLayoutBounds().getHeight() > 0) {
      out.add(n);
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        collect(c, out);
      }
    }
  }
}
