package mllab.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.property.DoubleProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import mllab.text.Text;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.NodeIds;

/**
 * The zoom level where a student looks for it: in the footer ("130 %", a click goes back to 100 %)
 * and as the first item of the View menu. A change is told to a screen reader, which otherwise
 * hears nothing when the text grows.
 */
final class ZoomIndicator {

  private final DoubleProperty zoom;

  ZoomIndicator(DoubleProperty zoom) {
    this.zoom = zoom;
  }

  /** The zoom in whole percent, as shown. */
  static String percent(double zoom) {
    return Text.get("shell.zoom.level", String.valueOf(Math.round(zoom * 100)));
  }

  /** The footer's button: the zoom level; pressing it restores 100 %. */
  Button createButton() {
    Button b = new Button();
    b.setId(NodeIds.ZOOM_LEVEL);
    // Its few characters stay whole: a long status line beside it gives way instead.
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.getStyleClass().add(Styles.FLAT);
    b.setFocusTraversable(true);
    LazyTooltip.install(b, Text.get("shell.zoom.tooltip"));
    Runnable show =
        () -> {
          b.setText(percent(zoom.get()));
          b.setAccessibleText(Text.get("shell.zoom.accessible", percent(zoom.get())));
        };
    show.run();
    zoom.addListener(
        (o, was, now) -> {
          show.run();
          // Tells assistive technology the name changed, so a screen reader says the new zoom.
          b.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        });
    b.setOnAction(e -> zoom.set(1.0));
    return b;
  }

  /** The View menu's first item: "Zoom: 130 %", informative only. */
  MenuItem createMenuItem() {
    MenuItem item = new MenuItem(Text.get("shell.zoom.menu", percent(zoom.get())));
    item.setId(NodeIds.MENU_ZOOM_LEVEL);
    item.setDisable(true);
    zoom.addListener(
        (o, was, now) -> item.setText(Text.get("shell.zoom.menu", percent(now.doubleValue()))));
    return item;
  }
}
