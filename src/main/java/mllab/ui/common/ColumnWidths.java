package mllab.ui.common;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Table column widths in em of the table's font, so that they follow the interface zoom, and column
 * headers that stay whole: a column is never narrower than its header's text (measured in the
 * header's current font, with room for the sort arrow).
 *
 * <p>A table has no font of its own; the font is read off its header labels whenever their font
 * changes (a zoom, a theme, new columns), and the widths are set once that pulse is over.
 */
public final class ColumnWidths {

  private static final String MIN_EM = "mllab.column.min-em";
  private static final String PREF_EM = "mllab.column.pref-em";
  private static final String FOLLOWED = "mllab.column.followed";

  /** Room for the sort arrow that a sorted column shows beside its header text. */
  private static final double SORT_ARROW_EM = 0.8;

  /** The font size assumed until a header's font is read: the theme's 100 % size. */
  private static final double ASSUMED_EM_PX = 14;

  private ColumnWidths() {}

  /**
   * Sizes {@code column} in em: at least {@code minEm} and {@code prefEm} wide by preference, and
   * never narrower than its header. The table must {@linkplain #follow(TableView) follow} the font.
   */
  public static <C extends TableColumnBase<?, ?>> C em(C column, double minEm, double prefEm) {
    column.getProperties().put(MIN_EM, minEm);
    column.getProperties().put(PREF_EM, prefEm);
    // A width of its own until the font is known: a column left at JavaFX's default width is
    // auto-sized when its header joins the scene, which makes and styles a cell for each of 30 rows
    // per column (step 1's 33 columns held the FX thread for seconds: the stall read as "fmt").
    column.setPrefWidth(Math.round(prefEm * ASSUMED_EM_PX));
    return column;
  }

  /**
   * Keeps the widths of {@code table}'s columns in step with its font: columns sized with {@link
   * #em} follow it, and every column keeps its header whole. Call once; columns may change later.
   */
  public static void follow(TableView<?> table) {
    boolean[] scheduled = {false};
    Runnable schedule =
        () -> {
          if (!scheduled[0]) {
            scheduled[0] = true;
            FxBackgroundRunner.later(
                () -> {
                  scheduled[0] = false;
                  fit(table);
                });
          }
        };
    InvalidationListener fontChanged = o -> schedule.run();
    table
        .skinProperty()
        .addListener(
            (o, a, skin) -> {
              if (skin != null
                  && table.lookup(".nested-column-header")
                      instanceof NestedTableColumnHeader root) {
                root.getColumnHeaders()
                    .addListener(
                        (ListChangeListener<TableColumnHeader>)
                            c -> {
                              root.getColumnHeaders().forEach(h -> watch(h, fontChanged));
                              schedule.run();
                            });
                root.getColumnHeaders().forEach(h -> watch(h, fontChanged));
                schedule.run();
              }
            });
  }

  private static void watch(TableColumnHeader header, InvalidationListener fontChanged) {
    Label label = label(header);
    if (label != null && label.getProperties().putIfAbsent(FOLLOWED, Boolean.TRUE) == null) {
      label.fontProperty().addListener(fontChanged);
    }
  }

  private static void fit(TableView<?> table) {
    if (!(table.lookup(".nested-column-header") instanceof NestedTableColumnHeader root)) {
      return;
    }
    for (TableColumnHeader header : root.getColumnHeaders()) {
      Label label = label(header);
      TableColumnBase<?, ?> column = header.getTableColumn();
      if (label == null || column == null) {
        continue;
      }
      double em = label.getFont().getSize();
      double whole =
          Math.ceil(
              label.prefWidth(-1)
                  + header.snappedLeftInset()
                  + header.snappedRightInset()
                  + SORT_ARROW_EM * em);
      double min = Math.max(whole, em * emOf(column, MIN_EM));
      setIfChanged(column.minWidthProperty(), min);
      if (column.getProperties().containsKey(PREF_EM) && !column.prefWidthProperty().isBound()) {
        setIfChanged(column.prefWidthProperty(), Math.max(min, em * emOf(column, PREF_EM)));
      }
    }
  }

  private static void setIfChanged(javafx.beans.property.DoubleProperty width, double value) {
    // Half a pixel of slack: a new width means a new layout, which must not feed back.
    if (Math.abs(width.get() - value) > 0.5) {
      width.set(value);
    }
  }

  private static double emOf(TableColumnBase<?, ?> column, String key) {
    return column.getProperties().get(key) instanceof Double d ? d : 0;
  }

  private static Label label(TableColumnHeader header) {
    for (Node child : header.getChildrenUnmodifiable()) {
      if (child instanceof Label l) {
        return l;
      }
    }
    return null;
  }
}
