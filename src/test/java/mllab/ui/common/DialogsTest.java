package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog that asks for more height than its window has (the Compare view in a 1280 × 800 window)
 * opens as tall as the window. A real window under GTK reports a passing height of 116 px while it
 * appears; the dialog used to take that as its size and stay a strip with only its Close button.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsTest {

  private Stage owner;

  @Start
  void start(Stage stage) {
    owner = stage;
    stage.setScene(new Scene(new StackPane(), 1280, 800));
    stage.show();
  }

  @Test
  void aTallDialogKeepsTheOwnersHeightWhenItsWindowPassesThroughAStrip(FxRobot robot) {
    Window[] window = new Window[1];
    robot.interact(
        () -> {
          Dialog<Void> dialog = new Dialog<>();
          dialog.initModality(Modality.NONE);
          dialog.initOwner(owner);
          Region content = new Region();
          content.setPrefSize(980, 900);
          dialog.getDialogPane().setContent(content);
          dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
          Dialogs.styleLike(dialog, owner);
          dialog.show();
          window[0] = dialog.getDialogPane().getScene().getWindow();
          // What GTK reports while the window appears, before the dialog's second look at it
          window[0].setHeight(116);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(owner.getHeight(), window[0].getHeight(), 0.5);
  }
}
