package mllab.ui.shell;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.text.Text;
import mllab.ui.common.NodeIds;

/**
 * The window's very first frame: the app's name in the title bar and one line saying it is opening,
 * at the window's full size. It costs no more than the plainest JavaFX window, so the student sees
 * the window at once; the shell ({@link MainWindow#showShellFirst}) replaces it right after that
 * frame is drawn.
 */
public final class OpeningFrame {

  private OpeningFrame() {}

  /** Shows {@code stage} with the opening frame and returns the frame's root. */
  public static Parent show(Stage stage) {
    Label opening = new Label(Text.get("app.opening"));
    opening.setId(NodeIds.OPENING);
    // The theme's own heading size: readable on a projector, and no stylesheet of the app's yet.
    opening.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_3);
    StackPane root = new StackPane(opening);
    stage.setTitle(Text.get("app.title"));
    stage.setMinWidth(MainWindow.MIN_WIDTH);
    stage.setMinHeight(MainWindow.MIN_HEIGHT);
    stage.setScene(new Scene(root, MainWindow.WIDTH, MainWindow.HEIGHT));
    stage.show();
    return root;
  }
}
