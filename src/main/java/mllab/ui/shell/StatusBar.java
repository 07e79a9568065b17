package mllab.ui.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Notice;
import mllab.ui.common.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The left of the footer: what the dataset reader is doing, and the last confirmation of a save or
 * an export. The newer of the two is shown: a confirmation hides the dataset's line until the
 * dataset reports something new.
 */
final class StatusBar {

  private final Node datasetStatus;
  private final ObservableStringValue datasetText;
  private final Notice notice;

  StatusBar(Node datasetStatus, ObservableStringValue datasetText, Notice notice) {
    this.datasetStatus = datasetStatus;
    this.datasetText = datasetText;
    this.notice = notice;
  }

  Node createView() {
    Label confirmation = new Label();
    confirmation.setId(NodeIds.STATUS_NOTICE);
    confirmation.getStyleClass().add(Styles.MUTED);
    confirmation.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
    confirmation.setAccessibleRole(AccessibleRole.TEXT);
    confirmation.textProperty().bind(notice.textProperty());
    confirmation.visibleProperty().bind(notice.textProperty().isNotEmpty());
    confirmation.managedProperty().bind(confirmation.visibleProperty());
    // JavaFX has no live region: a changed text is reported to the screen reader as a change of
    // this node's text, which it reads out (the label is in the window at all times).
    notice
        .textProperty()
        .addListener(
            (o, a, b) -> {
              confirmation.setAccessibleText(b);
              confirmation.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            });
    datasetStatus.visibleProperty().bind(notice.textProperty().isEmpty());
    datasetStatus.managedProperty().bind(datasetStatus.visibleProperty());
    datasetText.addListener((o, a, b) -> notice.clear());
    HBox box = new HBox(8, datasetStatus, confirmation);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setMinWidth(0);
    return box;
  }
}
