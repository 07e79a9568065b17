package mllab;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Composition root: builds the services, the scene and the theme. */
public final class App extends Application {

  public static void main(String[] args) {
    launch(args);
  }

  @Override
  public void start(Stage stage) {
    stage.setTitle("Multi-Label Lab");
    stage.setScene(new Scene(new Label("Multi-Label Lab"), 1280, 800));
    stage.show();
  }
}
