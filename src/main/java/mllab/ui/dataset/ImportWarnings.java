package mllab.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/**
 * The import dialog's warnings about a file: the first few on screen, all of them in a tooltip made
 * on the first hover (and at once as the line's accessible help); hidden while there are none.
 */
final class ImportWarnings {

  /** Warnings listed in the dialog; the rest are in the warnings' tooltip. */
  private static final int SHOWN_WARNINGS = 3;

  private final Label label = new Label();

  /** All warnings, for the tooltip; null when all of them are on screen. */
  private String all;

  ImportWarnings() {
    label.setId(NodeIds.IMPORT_WARNINGS);
    label.setWrapText(true);
    // Wrapped texts take the height they need: a dialog sized before they filled in would cut them.
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.getStyleClass().add(Styles.WARNING);
    label.managedProperty().bind(label.visibleProperty());
    label.setVisible(false);
    label.addEventHandler(
        MouseEvent.MOUSE_ENTERED,
        e -> {
          if (all != null && label.getTooltip() == null) {
            label.setTooltip(new Tooltip(all));
          }
        });
  }

  Label node() {
    return label;
  }

  /** Shows {@code warnings}; a wide file can warn about hundreds of labels. */
  void show(List<String> warnings) {
    List<String> shown =
        new ArrayList<>(warnings.subList(0, Math.min(SHOWN_WARNINGS, warnings.size())));
    if (warnings.size() > SHOWN_WARNINGS) {
      shown.add(
          Text.get(
              "dataset.import.moreWarnings", String.valueOf(warnings.size() - SHOWN_WARNINGS)));
    }
    label.setText(String.join("\n", shown));
    all = warnings.size() > SHOWN_WARNINGS ? String.join("\n", warnings) : null;
    // A screen reader reads a control's tooltip as its help: the same text, before any hover.
    label.setAccessibleHelp(all);
    if (label.getTooltip() != null) {
      label.setTooltip(all == null ? null : new Tooltip(all));
    }
    label.setVisible(!warnings.isEmpty());
  }
}
