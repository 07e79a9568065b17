package mllab.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/**
 * The bar shown after "Try it in the app" took a student from a Learn question to a step: it says
 * where they came from, that nothing was changed for them, and leads back to the question. It goes
 * away when they return to Learn by any way.
 */
final class TryItBar {

  private final BooleanProperty active = new SimpleBooleanProperty();
  private final Runnable backToQuestion;

  /**
   * @param backToQuestion shows the Learn screen, where the question waits as it was left
   */
  TryItBar(Runnable backToQuestion) {
    this.backToQuestion = backToQuestion;
  }

  /** True while the student is trying a question's idea on a step. */
  BooleanProperty activeProperty() {
    return active;
  }

  Node createView() {
    Label text = new Label(Text.get("shell.tryIt.text"));
    text.setId(NodeIds.TRY_IT_TEXT);
    text.setWrapText(true);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button back = new Button(Text.get("shell.tryIt.back"));
    back.setId(NodeIds.BACK_TO_QUESTION);
    back.setMinWidth(Button.USE_PREF_SIZE);
    back.setAccessibleText(Text.get("shell.tryIt.back"));
    back.setAccessibleHelp(Text.get("shell.tryIt.backHelp"));
    back.setTooltip(new Tooltip(Text.get("shell.tryIt.backHelp")));
    back.setOnAction(
        e -> {
          active.set(false);
          backToQuestion.run();
        });
    HBox bar = new HBox(12, text, back);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().addAll(Styles.INFO, "tour-bar");
    bar.setId(NodeIds.TRY_IT_BAR);
    bar.setAccessibleText(Text.get("shell.tryIt.text"));
    bar.visibleProperty().bind(active);
    bar.managedProperty().bind(active);
    return bar;
  }
}
