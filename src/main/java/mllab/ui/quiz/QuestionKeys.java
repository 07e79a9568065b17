package mllab.ui.quiz;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard of a question pane: letter and digit keys choose an option, H shows the hint and
 * Enter checks (or presses the focused button). The node it is installed on owns the digit keys.
 */
final class QuestionKeys {

  private QuestionKeys() {}

  /**
   * On key presses inside {@code on}: A–D / 1–4 choose one of {@code optionButtons}, H hints, Enter
   * on a button presses it and elsewhere runs {@code primary}.
   */
  static void install(
      Node on, QuestionModel model, List<ToggleButton> optionButtons, Runnable primary) {
    on.getProperties().put(QuestionPane.OWNS_DIGIT_KEYS, Boolean.TRUE);
    on.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return;
          }
          boolean typing = e.getTarget() instanceof TextInputControl;
          if (e.getCode() == KeyCode.ENTER) {
            Node focus = on.getScene() == null ? null : on.getScene().getFocusOwner();
            if (!typing && focus instanceof Button b) {
              b.fire();
            } else {
              primary.run();
            }
            e.consume();
            return;
          }
          if (typing || model.questionProperty().get() == null) {
            return;
          }
          int index = optionIndex(e.getCode());
          if (index >= 0 && index < optionButtons.size()) {
            model.select(index);
            optionButtons.get(index).requestFocus();
            e.consume();
          } else if (e.getCode() == KeyCode.H) {
            model.showHint();
            e.consume();
          }
        });
  }

  private static int optionIndex(KeyCode code) {
    return switch (code) {
      case A, DIGIT1, NUMPAD1 -> 0;
      case B, DIGIT2, NUMPAD2 -> 1;
      case C, DIGIT3, NUMPAD3 -> 2;
      case D, DIGIT4, NUMPAD4 -> 3;
      default -> -1;
    };
  }
}
