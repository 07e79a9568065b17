package mllab.ui.tour;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/** The tour's narration bar above the footer; shown only while the tour runs. */
public final class TourBar {

  private final TourViewModel model;

  public TourBar(TourViewModel model) {
    this.model = model;
  }

  public Node createView() {
    Label title = new Label();
    title.setId(NodeIds.TOUR_TITLE);
    title.getStyleClass().add(Styles.CARD_TITLE);
    title.textProperty().bind(model.titleProperty());
    Label text = new Label();
    text.setId(NodeIds.TOUR_TEXT);
    text.setWrapText(true);
    text.textProperty().bind(model.textProperty());
    // Compact, so that zoomed in it leaves the screen to what it talks about: no line of its own
    // for the keys (the buttons name them), the buttons stacked at the side.
    VBox words = new VBox(2, title, text);
    HBox.setHgrow(words, Priority.ALWAYS);
    Button next = new Button();
    next.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.finishedProperty())
                .then(Text.get("tour.close"))
                .otherwise(Text.get("tour.next")));
    next.setId(NodeIds.TOUR_NEXT);
    // Reachable with Tab like every control; Space still moves the tour on wherever the focus is.
    next.setOnAction(e -> model.next());
    Button leave = new Button(Text.get("tour.leave"));
    leave.setId(NodeIds.TOUR_LEAVE);
    leave.setOnAction(e -> model.leave());
    for (Button b : new Button[] {next, leave}) {
      b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      b.setMaxWidth(Double.MAX_VALUE);
    }
    VBox buttons = new VBox(4, next, leave);
    buttons.setAlignment(Pos.CENTER);
    HBox bar = new HBox(12, words, buttons);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().addAll(Styles.INFO, "tour-bar");
    bar.setId(NodeIds.TOUR_BAR);
    bar.setAccessibleText(Text.get("tour.accessible"));
    bar.visibleProperty().bind(model.activeProperty());
    bar.managedProperty().bind(model.activeProperty());
    return bar;
  }
}
