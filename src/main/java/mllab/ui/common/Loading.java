package mllab.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/**
 * What a card shows while its content is still being built: a turning indicator and words saying
 * what is coming, so a card is never an empty frame that looks broken.
 */
public final class Loading {

  private Loading() {}

  /** A placeholder with node id {@code id} saying {@code text} ("Loading the statistics…"). */
  public static Node placeholder(String id, String text) {
    ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
    spinner.setPrefSize(22, 22);
    spinner.setMaxSize(22, 22);
    spinner.setAccessibleText(text);
    spinner.setFocusTraversable(false);
    Label words = new Label(text);
    words.getStyleClass().add(Styles.MUTED);
    words.setWrapText(true);
    HBox box = new HBox(10, spinner, words);
    box.setAlignment(Pos.CENTER_LEFT);
    // Its own height, at the top of the space kept for what comes (not stretched to fill it).
    box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    box.setId(id);
    return box;
  }
}
