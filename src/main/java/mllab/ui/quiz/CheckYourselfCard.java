package mllab.ui.quiz;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import mllab.quiz.Question;
import mllab.text.Text;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;

/**
 * The "check yourself" question at the bottom of a step screen: one practice question with hint,
 * feedback, retry and worked solution, answered by click or by key (A–D or 1–4, Enter, H). Its ids
 * start with {@code check-yourself-} so they never clash with the Learn screen's.
 */
public final class CheckYourselfCard {

  /** The prefix of every id in the card. */
  public static final String ID_PREFIX = "check-yourself-";

  private final QuestionModel model;

  /** A card for {@code question}, usually {@code QuestionBank.checkFor(step)}. */
  public CheckYourselfCard(Question question) {
    this.model = QuestionModel.single(question);
  }

  /** The model behind the card (for tests). */
  QuestionModel model() {
    return model;
  }

  public Node createView() {
    QuestionPane pane = new QuestionPane(model, ID_PREFIX, model::check);
    Label intro = new Label(Text.get("learn.check.intro"));
    intro.getStyleClass().add(Styles.MUTED);
    intro.setWrapText(true);
    VBox card = StepLayout.card(Text.get("learn.check.title"), intro, pane.createView());
    card.getStyleClass().add(Styles.CHECK_YOURSELF);
    card.setId(ID_PREFIX + "card");
    pane.installKeys(card);
    return card;
  }
}
