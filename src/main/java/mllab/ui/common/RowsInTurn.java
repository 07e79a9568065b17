package mllab.ui.common;

import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A table that shows new rows a few more per pulse: a row's cells (a few dozen controls) are made,
 * styled and laid out in the pulse it first shows, and a table of ten rows made them all in one
 * frame. The table sits in a slot as tall as the whole table, so nothing below it moves while it
 * grows.
 */
public final class RowsInTurn {

  /**
   * Rows added per pulse: three rows' cells cost about 30 ms of the FX thread the first time; one
   * per pulse made a ten-row table take a dozen pulses, each a repaint.
   */
  private static final int ROWS_PER_PULSE = 3;

  /** A row's height at 100 % zoom, until one is laid out. */
  private static final double DEFAULT_ROW_HEIGHT = 42;

  private RowsInTurn() {}

  /** The slot for {@code table}, {@code height} tall, the table at its top. */
  public static StackPane slot(TableView<?> table, double height) {
    StackPane slot = new StackPane(table);
    slot.setAlignment(Pos.TOP_LEFT);
    slot.setMinHeight(height);
    return slot;
  }

  /** Cuts {@code table} down to its header and one row; {@link #growLater} lets it grow again. */
  public static void begin(TableView<?> table) {
    table.setMaxHeight(2 * rowHeight(table));
  }

  /**
   * Lets {@code table} show a few more rows per pulse until it shows all it has room for; stops
   * early once {@code current} is false (another filling took over).
   */
  public static void growLater(TableView<?> table, BooleanSupplier current) {
    AfterFirstLayout.run(
        table,
        () -> {
          if (!current.getAsBoolean()) {
            return;
          }
          double grown = table.getMaxHeight() + ROWS_PER_PULSE * rowHeight(table);
          if (grown >= table.getPrefHeight()) {
            table.setMaxHeight(Region.USE_COMPUTED_SIZE);
          } else {
            table.setMaxHeight(grown);
            growLater(table, current);
          }
        });
  }

  /** A row's height as laid out (the text size follows the zoom), or the default one before. */
  private static double rowHeight(TableView<?> table) {
    Node row = table.lookup(".table-row-cell");
    return row instanceof Region r && r.getHeight() > 0 ? r.getHeight() : DEFAULT_ROW_HEIGHT;
  }
}
