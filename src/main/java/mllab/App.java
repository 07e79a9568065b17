package mllab;

import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mllab.ui.common.Styles;
import mllab.ui.shell.MainView;
import mllab.ui.shell.MainViewModel;
import mllab.ui.shell.Screen;
import mllab.ui.shell.Theme;

/** Composition root: builds the services, the scene and the theme. */
public final class App extends Application {

  public static void main(String[] args) {
    launch(args);
  }

  @Override
  public void start(Stage stage) {
    MainViewModel model = new MainViewModel();
    MenuBar menu = new MenuBar(new Menu("File", null, new MenuItem("Quit")));
    MainView view = new MainView(model, this::placeholder, menu);
    Scene scene = new Scene(view.createView(), 1280, 800);
    view.installShortcuts(scene);
    Theme.LIGHT.apply(scene);
    stage.setTitle("Multi-Label Lab");
    stage.setScene(scene);
    stage.show();
  }

  private Node placeholder(Screen screen) {
    Label title = new Label(screen.title());
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    VBox box = new VBox(title);
    box.setAlignment(Pos.TOP_LEFT);
    box.getStyleClass().add(Styles.SCREEN);
    return box;
  }
}
