package mllab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import mllab.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

  @Start
  void start(Stage stage) {
    new App().start(stage);
  }

  @Test
  void windowOpensWithTitle(FxRobot robot) {
    assertTrue(robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && s.getTitle().contains("Multi-Label Lab")));
  }
}
