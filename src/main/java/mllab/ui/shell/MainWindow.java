package mllab.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.pipeline.StepCards;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import mllab.ui.dataset.DatasetMenu;
import mllab.ui.dataset.DatasetViewModel;
import mllab.ui.preprocessing.PreprocessingView;
import mllab.ui.preprocessing.PreprocessingViewModel;
import mllab.ui.rawdata.RawDataView;
import mllab.ui.rawdata.RawDataViewModel;
import mllab.ui.split.SplitView;
import mllab.ui.split.SplitViewModel;

/**
 * Builds the whole window for a session: the shell, every screen, the menus and the theme. Used by
 * {@code App} and by the UI tests, which hand it a session and a runner of their choice.
 */
public final class MainWindow {

  private final SessionModel session;
  private final MainViewModel model = new MainViewModel();
  private final DatasetMenu datasetMenu;
  private Scene scene;
  private Theme theme = Theme.LIGHT;

  public MainWindow(PipelineSession session, BackgroundRunner runner) {
    this.session = new SessionModel(session, runner);
    this.session.onChange(this::updateStates);
    this.datasetMenu = new DatasetMenu(new DatasetViewModel(this.session));
  }

  /** The dataset actions (open, generate, bundled). */
  public DatasetMenu datasetMenu() {
    return datasetMenu;
  }

  public MainViewModel model() {
    return model;
  }

  public SessionModel session() {
    return session;
  }

  private void updateStates() {
    session.session().states().forEach((step, state) -> model.stateProperty(step).set(state));
  }

  /** Puts the window's scene on {@code stage} and shows it. */
  public Scene show(Stage stage) {
    MainView view = new MainView(model, this::createScreen, createMenu());
    view.setStatus(datasetMenu.createStatus());
    scene = new Scene(view.createView(), 1280, 800);
    view.installShortcuts(scene);
    datasetMenu.install(scene);
    theme.apply(scene);
    stage.setTitle("Multi-Label Lab");
    stage.setMinWidth(960);
    stage.setMinHeight(600);
    stage.setScene(scene);
    stage.show();
    return scene;
  }

  private Node createScreen(Screen screen) {
    return switch (screen) {
      case RAW_DATA -> new RawDataView(new RawDataViewModel(session)).createView();
      case PREPROCESSING -> new PreprocessingView(new PreprocessingViewModel(session)).createView();
      case SPLIT -> new SplitView(new SplitViewModel(session)).createView();
      case TRAINING, EVALUATION -> summaryScreen(screen.step());
      case LEARN -> learnScreen();
    };
  }

  private Node summaryScreen(Step step) {
    StepLayout layout = new StepLayout(step);
    Node root = layout.createView();
    session.onChange(
        () -> {
          layout.setShapeCard(StepCards.card(session.session(), step));
          layout.setPython(StepCards.python(session.session(), step));
        });
    return root;
  }

  private Node learnScreen() {
    Label title = new Label("Learn");
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    VBox box = new VBox(12, title);
    box.setAlignment(Pos.TOP_LEFT);
    box.getStyleClass().add(Styles.SCREEN);
    return box;
  }

  private MenuBar createMenu() {
    MenuItem quit = new MenuItem("Quit");
    quit.setId("menu-quit");
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    quit.setOnAction(e -> scene.getWindow().hide());
    Menu file = new Menu("_File", null, quit);

    Menu view = new Menu("_View");
    ToggleGroup themes = new ToggleGroup();
    for (Theme t : Theme.values()) {
      RadioMenuItem item = new RadioMenuItem(t.title() + " theme");
      item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      item.setToggleGroup(themes);
      item.setSelected(t == theme);
      item.setOnAction(
          e -> {
            theme = t;
            t.apply(scene);
          });
      view.getItems().add(item);
    }
    return new MenuBar(file, datasetMenu.createMenu(), view);
  }
}
