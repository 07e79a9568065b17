package mllab.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for start-up: the least a JavaFX program can show, one {@link Label} in a window the
 * app's default size. Whatever {@link StartupBenchmark} measures for it is the cost of the JVM and
 * the toolkit alone; the app's extra time over it is what the app itself spends.
 */
public final class BareWindow extends Application {

  @Override
  public void start(Stage stage) {
    stage.setTitle("Bare window");
    stage.setScene(new Scene(new Label("Bare JavaFX window"), 1280, 800));
    stage.show();
  }
}
