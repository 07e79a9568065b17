package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.ui.FxQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A label list fits its name column to the dataset's names: bibtex's tags read on one line. */
@ExtendWith(ApplicationExtension.class)
class LabelListNamesTest {

  private final StackPane holder = new StackPane();

  @Start
  void start(Stage stage) {
    // styled as in the app: its stylesheet, at the app's 15 px base font
    holder.getStyleClass().add("mllab");
    holder.setStyle("-fx-font-size: 15px;");
    Scene scene = new Scene(holder, 900, 600);
    scene.getStylesheets().add(getClass().getResource("/assets/theme/mllab.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void longTagNamesReadOnOneLine(FxRobot robot) {
    // Given 159 labels named like bibtex's, the longest ones first by frequency
    List<String> names = new ArrayList<>(List.of("TAG_statphys23", "TAG_bibteximport"));
    for (int k = 0; k < 157; k++) {
      names.add("TAG_" + k);
    }
    robot.interact(
        () -> {
          LabelList<String> list =
              new LabelList<>(
                  "names",
                  "labels",
                  n -> n,
                  n -> List.of(new LabelList.Bar(0.5, "10 (1%)")),
                  List.of(new LabelList.Order<String>("as given", (a, b) -> 0)));
          list.setItems(names);
          holder.getChildren().setAll(list.node());
        });
    WaitForAsyncUtils.waitForFxEvents();

    // Then the two long names each take one line, not a word broken over two
    for (String longName : List.of("TAG_statphys23", "TAG_bibteximport")) {
      double lines =
          FxQueries.onFx(
              () ->
                  robot.lookup(".bar-name").queryAllAs(Label.class).stream()
                      .filter(l -> longName.equals(l.getText()))
                      .findFirst()
                      .map(l -> l.getHeight() / (1.5 * l.getFont().getSize()))
                      .orElseThrow());
      assertTrue(lines < 1.5, longName + " took " + lines + " lines");
    }
  }
}
