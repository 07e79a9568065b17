package mllab.ui.shell;

import javafx.scene.Node;
import javafx.scene.Scene;
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
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import mllab.quiz.ProgressStore;
import mllab.quiz.QuestionBank;
import mllab.quiz.QuestionStep;
import mllab.ui.dataset.DatasetMenu;
import mllab.ui.quiz.CheckYourselfCard;
import mllab.ui.quiz.LearnView;
import mllab.ui.quiz.LearnViewModel;
import mllab.ui.dataset.DatasetViewModel;
import mllab.ui.preprocessing.PreprocessingView;
import mllab.ui.preprocessing.PreprocessingViewModel;
import mllab.ui.rawdata.RawDataView;
import mllab.ui.rawdata.RawDataViewModel;
import mllab.ui.split.SplitView;
import mllab.ui.split.SplitViewModel;
import mllab.ui.evaluation.EvaluationView;
import mllab.ui.evaluation.EvaluationViewModel;
import mllab.ui.training.TrainingView;
import mllab.ui.training.TrainingViewModel;

/**
 * Builds the whole window for a session: the shell, every screen, the menus and the theme. Used by
 * {@code App} and by the UI tests, which hand it a session and a runner of their choice.
 */
public final class MainWindow {

  private final SessionModel session;
  private final MainViewModel model = new MainViewModel();
  private final DatasetMenu datasetMenu;
  private final ProgressStore progressStore;
  private TrainingViewModel training;
  private Scene scene;
  private Stage stage;
  private Theme theme = Theme.LIGHT;
  private final javafx.beans.property.DoubleProperty zoom =
      new javafx.beans.property.SimpleDoubleProperty(1.0);

  /** Base font size in px at zoom 1; every size in the theme is in em, so it all scales. */
  static final double BASE_FONT_PX = 15;

  /** The interface zoom (1 = 100 %), from 0.8 to 2.0. */
  public javafx.beans.property.DoubleProperty zoomProperty() {
    return zoom;
  }

  public MainWindow(PipelineSession session, BackgroundRunner runner) {
    this(session, runner, ProgressStore.forCurrentUser());
  }

  /** With the quiz progress kept in {@code progressStore} (tests use a temporary folder). */
  public MainWindow(PipelineSession session, BackgroundRunner runner, ProgressStore progressStore) {
    this.progressStore = progressStore;
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
    this.stage = stage;
    MainView view = new MainView(model, this::createScreen, createMenu());
    view.setStatus(datasetMenu.createStatus());
    scene = new Scene(view.createView(), 1280, 800);
    view.installShortcuts(scene);
    datasetMenu.install(scene);
    theme.apply(scene);
    zoom.addListener(
        (o, a, b) -> {
          applyZoom();
          updateChartStyle();
        });
    applyZoom();
    stage.setTitle("Multi-Label Lab");
    stage.setMinWidth(960);
    stage.setMinHeight(600);
    stage.setScene(scene);
    stage.setOnHidden(e -> close());
    stage.show();
    return scene;
  }

  private Node createScreen(Screen screen) {
    Node node =
        switch (screen) {
          case RAW_DATA -> new RawDataView(new RawDataViewModel(session)).createView();
          case PREPROCESSING -> new PreprocessingView(new PreprocessingViewModel(session)).createView();
          case SPLIT -> new SplitView(new SplitViewModel(session)).createView();
          case TRAINING -> {
            training = new TrainingViewModel(session);
            yield new TrainingView(training).createView();
          }
          case EVALUATION -> {
            EvaluationViewModel evaluation = new EvaluationViewModel(session);
            evaluation.setOnGoToTraining(() -> model.show(Screen.TRAINING));
            yield new EvaluationView(evaluation).createView();
          }
          case LEARN -> learnScreen();
        };
    if (screen.step() != null) {
      addCheckYourself(screen.step(), node);
    }
    return node;
  }

  /** The step's "check yourself" question, at the end of its screen. */
  private static void addCheckYourself(Step step, Node screenRoot) {
    if (screenRoot instanceof javafx.scene.control.ScrollPane scroll
        && scroll.getContent() instanceof VBox content) {
      BANK.checkFor(QuestionStep.valueOf(step.name()))
          .ifPresent(q -> content.getChildren().add(new CheckYourselfCard(q).createView()));
    }
  }

  private static final QuestionBank BANK = QuestionBank.builtIn();

  private Node learnScreen() {
    LearnViewModel learn = new LearnViewModel(session, progressStore);
    learn.setOnOpenStep(step -> model.show(Screen.of(step)));
    return new LearnView(learn).createView();
  }

  /** Cancels a running training cleanly (the window is closing). */
  public void close() {
    if (training != null) {
      training.cancel();
    }
  }

  /** Switches the look of the whole window. */
  public void setTheme(Theme t) {
    theme = t;
    t.apply(scene);
    updateChartStyle();
  }

  private void updateChartStyle() {
    mllab.ui.chart.ChartStyler.setCurrent(
        new mllab.ui.chart.ChartStyler(theme != Theme.LIGHT, Math.max(1.0, zoom.get())));
  }

  private void applyZoom() {
    // Font size only: sizes in the theme are in em, so text, paddings in em and icons follow.
    scene.getRoot().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * zoom.get()));
  }

  /** Changes the zoom by {@code delta}, kept within 80 %–200 %. */
  public void zoomBy(double delta) {
    zoom.set(Math.max(0.8, Math.min(2.0, Math.round((zoom.get() + delta) * 10) / 10.0)));
  }

  /** Restores the lesson's exact scenario: bundled dataset, split, scaling and model settings. */
  public void resetToLesson() {
    PipelineSession s = session.session();
    s.setDataset(mllab.pipeline.Lesson.dataset(), java.util.Optional.empty(), mllab.pipeline.Lesson.DATASET_FILE);
    s.setSplit(mllab.split.SplitMethod.RANDOM, mllab.split.Splitter.DEFAULT_TEST_FRACTION, PipelineSession.DEFAULT_SPLIT_SEED);
    s.setFitScope(mllab.prep.FitScope.TRAIN_ONLY);
    s.setTrainingConfig(mllab.model.TrainingConfig.lesson());
    model.show(Screen.RAW_DATA);
  }

  private static MenuItem item(String text, String id, String accelerator, Runnable action) {
    MenuItem m = new MenuItem(text);
    m.setId(id);
    if (accelerator != null) {
      m.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    m.setOnAction(e -> action.run());
    return m;
  }

  private MenuBar createMenu() {
    MenuItem quit = item("Quit", "menu-quit", "Shortcut+Q", () -> scene.getWindow().hide());
    MenuItem reset =
        item("Reset to the lesson", "menu-reset-lesson", "Shortcut+Shift+R", this::resetToLesson);
    Menu file = new Menu("_File", null, reset, new javafx.scene.control.SeparatorMenuItem(), quit);

    Menu view = new Menu("_View");
    view.getItems()
        .addAll(
            item("Zoom in", "menu-zoom-in", "Shortcut+Equals", () -> zoomBy(0.1)),
            item("Zoom out", "menu-zoom-out", "Shortcut+Minus", () -> zoomBy(-0.1)),
            item("Actual size", "menu-zoom-reset", "Shortcut+Digit0", () -> zoom.set(1.0)),
            item("Full screen", "menu-full-screen", "F11", () -> stage.setFullScreen(!stage.isFullScreen())),
            new javafx.scene.control.SeparatorMenuItem());
    ToggleGroup themes = new ToggleGroup();
    for (Theme t : Theme.values()) {
      RadioMenuItem item = new RadioMenuItem(t.title() + " theme");
      item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      item.setToggleGroup(themes);
      item.setSelected(t == theme);
      item.setOnAction(e -> setTheme(t));
      view.getItems().add(item);
    }
    Menu help =
        new Menu(
            "_Help",
            null,
            item("Keyboard shortcuts", "menu-shortcuts", "F1", () -> ShortcutSheet.show(scene.getWindow())));
    return new MenuBar(file, datasetMenu.createMenu(), view, help);
  }
}
