package mllab.ui.training;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import mllab.model.TrainingConfig;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Step 4's learning-rate lesson: one click sets a learning rate of {@value #LARGE} and trains, so
 * the student sees what steps that are far too large do to the loss curve; another click goes back
 * to the lesson's rate and trains again. It only uses the screen's own verbs (the learning rate
 * field and Play), so what happens is exactly what typing the value and pressing Play does.
 */
final class LearningRateTryout {

  /** 80 times the lesson's rate: the first epoch still gains, then the loss bounces. */
  static final double LARGE = 2.0;

  private final TrainingViewModel model;

  LearningRateTryout(TrainingViewModel model) {
    this.model = model;
  }

  Node createView() {
    String lesson = number(TrainingConfig.lesson().learningRate());
    Label explanation = new Label(Text.get("training.tryout.text", number(LARGE), lesson));
    explanation.setWrapText(true);
    explanation.setId(NodeIds.TRYOUT_TEXT);
    Button large =
        button(
            Text.get("training.tryout.large", number(LARGE)),
            "tryout-large",
            Text.get("training.tryout.largeHelp", number(LARGE)));
    large.setOnAction(e -> tryRate(LARGE));
    Button back =
        button(
            Text.get("training.tryout.back", lesson),
            "tryout-lesson",
            Text.get("training.tryout.backHelp", lesson));
    back.setOnAction(e -> tryRate(TrainingConfig.lesson().learningRate()));
    large.disableProperty().bind(model.runningProperty());
    back.disableProperty().bind(model.runningProperty());
    FlowPane buttons = new FlowPane(8, 8, large, back);
    VBox card = StepLayout.card(Text.get("training.tryout.title"), explanation, buttons);
    card.setId(NodeIds.TRYOUT_CARD);
    return card;
  }

  /** Sets the learning rate as if typed, and trains a fresh run with it. */
  void tryRate(double rate) {
    model.settings().learningRate().textProperty().set(number(rate));
    model.play();
  }

  private static Button button(String text, String id, String help) {
    Button b = new Button(text, new FontIcon(Material2MZ.PLAY_ARROW));
    b.setId(id);
    b.setAccessibleText(text);
    b.setAccessibleHelp(help);
    b.setTooltip(new Tooltip(help));
    return b;
  }

  private static String number(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
