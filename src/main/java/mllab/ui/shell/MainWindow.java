package mllab.ui.shell;

import mllab.text.Text;
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
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import mllab.export.Export;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import mllab.persist.ProgressStore;
import mllab.quiz.QuestionBank;
import mllab.quiz.QuestionStep;
import mllab.ui.dataset.DatasetMenu;
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
import mllab.ui.tour.TourBar;
import mllab.ui.tour.TourViewModel;
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
  private final NotebookMenu notebook;
  private final DatasetViewModel datasetModel;
  private final TourViewModel tour;
  private final TryItBar tryItBar;
  private final ProgressStore progressStore;
  private final java.util.function.Supplier<QuestionBank> builtInBankReader;
  private java.util.concurrent.CompletableFuture<QuestionBank> builtInBank;
  private final SessionViewModel sessions;
  /** The last confirmation (saved, exported), shown in the status bar. */
  private final mllab.ui.common.Notice notice = new mllab.ui.common.Notice();
  private final mllab.ui.common.FileDialogs fileDialogs;
  private final ExportAction exports;
  private TrainingViewModel training;
  private LearnViewModel learn;
  private EvaluationViewModel evaluation;
  private Scene scene;
  private Stage stage;
  /** Puts the items into the menus, once the first frame is drawn. */
  private Runnable fillMenus;
  private Theme theme = Theme.LIGHT;
  private final javafx.beans.property.DoubleProperty zoom =
      new javafx.beans.property.SimpleDoubleProperty(1.0);

  private final javafx.beans.property.BooleanProperty presentation =
      new javafx.beans.property.SimpleBooleanProperty(false);

  /** How much thicker chart lines are in presentation mode. */
  static final double PRESENTATION_LINES = 1.6;

  /** Base font size in px at zoom 1; every size in the theme is in em, so it all scales. */
  static final double BASE_FONT_PX = 15;

  /** Icon size in px at zoom 1 (AtlantaFX's own); icons scale with the zoom like the text. */
  static final double ICON_PX = 18;

  /** Font and icon sizes for the zoom. */
  private final ZoomStyles zoomStyles = new ZoomStyles(BASE_FONT_PX, ICON_PX);

  /** The interface zoom (1 = 100 %), from 0.8 to 2.0. */
  public javafx.beans.property.DoubleProperty zoomProperty() {
    return zoom;
  }

  /**
   * Presentation mode (View menu, Ctrl+Shift+P), for a projector: thicker chart lines, larger
   * slider thumbs and tracks, thicker focus rings. Text size stays with the zoom.
   */
  public javafx.beans.property.BooleanProperty presentationProperty() {
    return presentation;
  }

  public MainWindow(PipelineSession session, BackgroundRunner runner) {
    this(session, runner, ProgressStore.forCurrentUser());
  }

  /** With the quiz progress kept in {@code progressStore} (tests use a temporary folder). */
  public MainWindow(PipelineSession session, BackgroundRunner runner, ProgressStore progressStore) {
    this(session, runner, progressStore, QuestionBank.builtIn());
  }

  /**
   * With the built-in questions already read; the Learn screen and every step's "check yourself"
   * card share this one bank.
   */
  public MainWindow(
      PipelineSession session,
      BackgroundRunner runner,
      ProgressStore progressStore,
      QuestionBank builtInBank) {
    this(session, runner, progressStore, () -> builtInBank);
    this.builtInBank = java.util.concurrent.CompletableFuture.completedFuture(builtInBank);
  }

  /**
   * With the built-in questions read by {@code builtInBank} on a background thread once the
   * window's first frame is drawn (or when the Learn screen first needs them), so that reading
   * them holds up neither the launcher thread nor the FX thread at start-up.
   */
  public MainWindow(
      PipelineSession session,
      BackgroundRunner runner,
      ProgressStore progressStore,
      java.util.function.Supplier<QuestionBank> builtInBank) {
    this.builtInBankReader = builtInBank;
    this.progressStore = progressStore;
    this.session = new SessionModel(session, runner);
    this.session.onChange(this::updateStates);
    this.datasetModel = new DatasetViewModel(this.session);
    this.datasetMenu = new DatasetMenu(datasetModel);
    this.notebook = new NotebookMenu(this.session, this::currentThresholds, () -> scene.getWindow());
    this.tour = createTour();
    this.tryItBar = new TryItBar(() -> model.show(Screen.LEARN));
    this.sessions =
        new SessionViewModel(
            this.session,
            new mllab.persist.RecentFiles(progressStore.file().getParent()),
            this::thresholdChoice,
            () -> java.util.Optional.ofNullable(model.current().step()),
            this::showRestored);
    sessions.setOnOpenDataset(datasetMenu::open);
    // The status line tells what the data is now: after a session opens, that session, not the
    // dataset read before it.
    sessions.statusProperty().addListener((o, a, b) -> {
      if (!b.isEmpty()) {
        datasetModel.announce(b);
      }
    });
    datasetModel.setOnFileApplied(sessions::rememberDataset);
    sessions.statusProperty().addListener((o, a, b) -> {
      if (!b.isEmpty()) {
        notice.show(b);
      }
    });
    this.fileDialogs = new mllab.ui.common.FileDialogs(
        mllab.persist.LastFolder.in(progressStore.file().getParent()));
    datasetMenu.setFileDialogs(fileDialogs);
    this.exports = new ExportAction(
        this.session, this::currentThresholds, fileDialogs, notice, () -> scene.getWindow());
  }

  /** The file dialogs (tests stand in for the person choosing). */
  public mllab.ui.common.FileDialogs fileDialogs() {
    return fileDialogs;
  }

  // ---- sessions (issue 8) -------------------------------------------------------------------

  /** Saving and opening sessions, and the recent files. */
  public SessionViewModel sessions() {
    return sessions;
  }

  private mllab.persist.SessionFile.ThresholdChoice thresholdChoice() {
    return mllab.persist.SessionFile.ThresholdChoice.of(session.session().thresholdState());
  }

  /**
   * After an opened session was applied (its thresholds are already in force: they are pipeline
   * state): its step.
   */
  private void showRestored(mllab.persist.SessionFile.State state) {
    model.show(state.step().map(Screen::of).orElse(Screen.LEARN));
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

  /**
   * Loads what the first frame needs and no data depends on: the theme's stylesheet and the icon
   * fonts (Ikonli reads every font of its icon packs on first use). {@code App} has the FX thread
   * do it while the launcher thread reads the dataset; {@link #show} does it anyway. Of the icon
   * fonts only the one the window draws with is loaded now ({@link mllab.ui.common.IconFonts}).
   */
  public static void prepareToolkit() {
    mllab.ui.common.IconFonts.install();
    Theme.LIGHT.applyToApplication();
    new FontIcon(Material2AL.LIGHTBULB);
  }

  /** Puts the window's scene on {@code stage} and shows it. */
  public Scene show(Stage stage) {
    return show(stage, false);
  }

  /**
   * Shows the window as the app opens it: the first frame is the shell (menu bar, navigator,
   * footer) with the content area saying the step is opening; steps 1–3's results are computed
   * in the background meanwhile (if the session was handed over without them), and the step's
   * screen is built after the first frame, once they are there.
   */
  public Scene showShellFirst(Stage stage) {
    return show(stage, true);
  }

  private Scene show(Stage stage, boolean shellFirst) {
    this.stage = stage;
    mllab.ui.common.IconFonts.install();
    theme.applyToApplication();
    MainView view = new MainView(model, this::createScreen, createMenu());
    if (shellFirst) {
      session.prepare();
      view.showScreensWhen(session.preparingProperty().not());
    }
    view.setStatus(
        new StatusBar(datasetMenu.createStatus(), datasetModel.statusProperty(), notice).createView());
    ZoomIndicator zoomIndicator = new ZoomIndicator(zoom);
    view.setTrailing(zoomIndicator.createButton());
    javafx.scene.layout.BorderPane root = view.createView();
    root.setBottom(new VBox(
        mllab.ui.common.BuiltWhenShown.of(tour.activeProperty(), () -> new TourBar(tour).createView()),
        mllab.ui.common.BuiltWhenShown.of(tryItBar.activeProperty(), tryItBar::createView),
        root.getBottom()));
    // Back on Learn by any way, the bar has done its job.
    model.currentProperty().addListener((o, a, b) -> {
      if (b == Screen.LEARN) {
        tryItBar.activeProperty().set(false);
      }
    });
    scene = new Scene(root, 1280, 800);
    installTourKeys();
    installHelpKey();
    installZoomKeys();
    view.installShortcuts(scene);
    datasetMenu.install(scene);
    theme.apply(scene);
    zoom.addListener(
        (o, a, b) -> {
          applyZoom();
          updateChartStyle();
        });
    applyZoom();
    presentation.addListener(
        (o, a, on) -> {
          applyPresentation();
          updateChartStyle();
        });
    applyPresentation();
    // Charts follow this window's theme, zoom and mode from the start, not a previous window's.
    updateChartStyle();
    stage.setTitle(Text.get("app.title"));
    stage.setMinWidth(960);
    stage.setMinHeight(600);
    stage.setScene(scene);
    stage.setOnHidden(e -> close());
    stage.show();
    // Queued after what the first screen fills in first: nobody opens a menu in the first pulses.
    mllab.ui.common.AfterFirstLayout.run(root, fillMenus);
    mllab.ui.common.AfterFirstLayout.run(root, mllab.ui.common.IconFonts::loadTheRest);
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
            evaluation = new EvaluationViewModel(session);
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

  /**
   * The step's "check yourself" question, at the end of its screen: added after the screen's first
   * frame, once the built-in questions are read.
   */
  private void addCheckYourself(Step step, Node screenRoot) {
    if (screenRoot instanceof javafx.scene.control.ScrollPane scroll
        && scroll.getContent() instanceof VBox content) {
      mllab.ui.common.AfterFirstLayout.run(screenRoot, () -> builtInBank().thenAcceptAsync(
          bank -> bank.checkFor(QuestionStep.valueOf(step.name()))
              .ifPresent(q -> mllab.ui.quiz.CheckYourselfSlot.add(content, q, session)),
          javafx.application.Platform::runLater));
    }
  }

  /** The built-in questions, read in the background on first use. */
  private java.util.concurrent.CompletableFuture<QuestionBank> builtInBank() {
    if (builtInBank == null) {
      builtInBank = java.util.concurrent.CompletableFuture.supplyAsync(builtInBankReader, work -> {
        Thread reader = new Thread(work, "mllab-questions");
        reader.setDaemon(true); // closing the window need not wait for it
        reader.start();
      });
    }
    return builtInBank;
  }

  /**
   * The Learn screen. When the built-in questions are still being read (a click on Learn in the
   * first moments), it says so and fills in when they arrive, instead of holding the FX thread.
   */
  private Node learnScreen() {
    if (learn != null || builtInBank().isDone()) {
      return new LearnView(learnModel()).createView();
    }
    javafx.scene.layout.StackPane screen = new javafx.scene.layout.StackPane(
        mllab.ui.common.Loading.placeholder("learn-loading", Text.get("learn.loading")));
    withLearnModel(m -> screen.getChildren().setAll(new LearnView(m).createView()));
    return screen;
  }

  /** Runs {@code action} on the FX thread with the Learn model, once the questions are read. */
  private void withLearnModel(java.util.function.Consumer<LearnViewModel> action) {
    builtInBank().thenRunAsync(() -> action.accept(learnModel()), work -> {
      if (javafx.application.Platform.isFxApplicationThread()) {
        work.run();
      } else {
        javafx.application.Platform.runLater(work);
      }
    });
  }

  /** Writes quiz answers not yet on disk; the app calls it on exit, before the workers stop. */
  public void flushProgress() {
    if (learn != null) {
      learn.flushProgress();
    }
  }

  /**
   * The Learn screen's model, made on first use (by the screen or the question-bank menu). Only
   * called once the built-in questions are read (see {@link #withLearnModel}), so the join below
   * never waits.
   */
  private LearnViewModel learnModel() {
    if (learn == null) {
      learn = new LearnViewModel(session, progressStore, builtInBank().join());
      learn.setOnOpenStep(this::tryIt);
    }
    return learn;
  }

  /**
   * "Try it": opens the question's step as the student left it (nothing is reset), brings the
   * threshold slider into view and focus for the threshold question, and shows a bar that leads
   * back to the question.
   */
  private void tryIt(Step step) {
    model.show(Screen.of(step));
    tryItBar.activeProperty().set(true);
    if (step == Step.EVALUATION && evaluation != null) {
      javafx.application.Platform.runLater(
          () -> {
            Node slider = scene.lookup("#threshold-slider");
            if (slider != null) {
              mllab.ui.common.ScrollIntoView.reveal(slider);
              slider.requestFocus();
            }
          });
    }
  }

  /** Loads an instructor's question bank (a YAML file or a folder of them) for Learn. */
  public void openQuestionBank(java.nio.file.Path fileOrFolder) {
    session.runner()
        .run(
            () -> QuestionBank.load(fileOrFolder),
            bank -> withLearnModel(learn -> {
              learn.useBank(bank, String.valueOf(fileOrFolder.getFileName()));
              model.show(Screen.LEARN);
            }),
            error -> withLearnModel(learn -> learn.tell(
                Text.get(
                    "shell.bank.readFailed",
                    String.valueOf(fileOrFolder.getFileName()),
                    mllab.ui.common.Messages.explain(error)))));
  }

  /** Writes the questions in use as Moodle XML or GIFT, for a course site. */
  public void exportQuestionBank(boolean moodle, java.nio.file.Path file) {
    withLearnModel(learn -> exportQuestions(learn, moodle, file));
  }

  private void exportQuestions(LearnViewModel learn, boolean moodle, java.nio.file.Path file) {
    int labels = session.session().dataset().labelCount();
    java.util.List<mllab.quiz.Question> questions = learn.bank().questions().stream()
        .map(q -> mllab.quiz.QuestionData.fill(q, labels)).toList();
    session.runner()
        .run(
            () -> {
              java.nio.file.Files.writeString(
                  file,
                  moodle
                      ? mllab.quiz.MoodleXmlExport.toXml(questions)
                      : mllab.quiz.GiftExport.toGift(questions));
              return file;
            },
            done -> learn.tell(
                Text.get(
                    "shell.bank.written",
                    String.valueOf(questions.size()),
                    String.valueOf(file.getFileName()))),
            error -> learn.tell(
                Text.get(
                    "shell.bank.writeFailed",
                    String.valueOf(file.getFileName()),
                    mllab.ui.common.Messages.explain(error))));
  }

  private void chooseQuestionBank() {
    fileDialogs.open(scene.getWindow(), Text.get("shell.bank.openTitle"), java.util.List.of(
            new javafx.stage.FileChooser.ExtensionFilter(Text.get("shell.bank.filter"), "*.yaml", "*.yml")))
        .ifPresent(this::openQuestionBank);
  }

  private void chooseBankExport(boolean moodle) {
    String fileName = moodle ? "questions.xml" : "questions.gift";
    fileDialogs.save(scene.getWindow(),
            moodle ? Text.get("shell.bank.exportMoodleTitle") : Text.get("shell.bank.exportGiftTitle"),
            fileName, java.util.List.of())
        .ifPresent(file -> exportQuestionBank(moodle, file));
  }

  /** The thresholds in force: the pipeline's, whether or not the Evaluation step was opened. */
  public mllab.eval.Thresholds currentThresholds() {
    return session.session().thresholdState().thresholds();
  }

  /** Writes {@code kind} to {@code file} in the background; a failure is shown, nothing is lost. */
  public void export(Export kind, java.nio.file.Path file) {
    exports.export(kind, file);
  }

  /** The guided tour (Help → Guided tour). */
  public TourViewModel tour() {
    return tour;
  }

  private TourViewModel createTour() {
    return new TourViewModel(
        session.session(),
        new TourViewModel.Stage() {
          @Override
          public void show(Step step) {
            model.show(Screen.of(step));
          }

          @Override
          public void train() {
            if (training != null) {
              training.play();
            }
          }

          @Override
          public void setThreshold(double threshold) {
            if (session.session().predictions().isPresent()) {
              session.setThresholds(session.session().thresholdState().withGlobal(threshold));
            }
          }

          @Override
          public void reveal(String id) {
            // After the screen's first layout: zoomed in, the part is often below the fold.
            // A screen fills in its cards over the next pulses, which moves the part down, so
            // it is brought into view again twice shortly after.
            Runnable show = () -> {
              Node target = scene == null ? null : scene.lookup("#" + id);
              if (target != null) {
                // The screen may have been shown in this very pulse: measure it laid out.
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                mllab.ui.common.ScrollIntoView.reveal(target);
              }
            };
            javafx.application.Platform.runLater(show);
            for (int ms : new int[] {200, 700}) {
              javafx.animation.PauseTransition later =
                  new javafx.animation.PauseTransition(javafx.util.Duration.millis(ms));
              later.setOnFinished(e -> show.run());
              later.play();
            }
          }

          @Override
          public TourViewModel.Kept keepThresholds() {
            return session.session().predictions().isPresent() ? TourThresholds.keep(session) : null;
          }
        });
  }

  /**
   * "?" opens the shortcut sheet like F1. A handler, not a filter: a text field consumes the "?" a
   * student types into it, so only a "?" typed elsewhere reaches the scene.
   */
  private void installHelpKey() {
    scene.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_TYPED,
        e -> {
          if ("?".equals(e.getCharacter()) && !e.isShortcutDown()) {
            ShortcutSheet.show(scene.getWindow());
            e.consume();
          }
        });
  }

  /**
   * While the tour runs, Space advances and Escape leaves, wherever the focus is. Two exceptions
   * for Space: in a field being typed in it is a character, and on the tour's own buttons (Next,
   * Leave) it presses the button.
   */
  private void installTourKeys() {
    scene.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (!tour.activeProperty().get()) {
            return;
          }
          Node focus = scene.getFocusOwner();
          if (e.getCode() == javafx.scene.input.KeyCode.SPACE
              && (mllab.ui.common.Typing.isTyping(focus) || inTourBar(focus))) {
            return;
          }
          if (e.getCode() == javafx.scene.input.KeyCode.SPACE) {
            tour.next();
            e.consume();
          } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
            tour.leave();
            e.consume();
          }
        });
  }

  /**
   * The other keys people press to zoom, besides the menu's Ctrl+= / Ctrl+− / Ctrl+0: Ctrl++
   * (Shift and =), the '+' key of keyboards that have one, and the keypad's +, − and 0.
   */
  private void installZoomKeys() {
    java.util.Map<KeyCombination, Runnable> keys = scene.getAccelerators();
    KeyCombination.Modifier shortcut = KeyCombination.SHORTCUT_DOWN;
    Runnable in = () -> zoomBy(0.1);
    keys.put(new javafx.scene.input.KeyCodeCombination(
        javafx.scene.input.KeyCode.EQUALS, shortcut, KeyCombination.SHIFT_DOWN), in);
    // Some keyboards report Ctrl++ as PLUS with Shift held, others without.
    keys.put(new javafx.scene.input.KeyCodeCombination(
        javafx.scene.input.KeyCode.PLUS, shortcut, KeyCombination.SHIFT_ANY), in);
    keys.put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ADD, shortcut), in);
    keys.put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.SUBTRACT, shortcut),
        () -> zoomBy(-0.1));
    keys.put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.NUMPAD0, shortcut),
        () -> zoom.set(1.0));
  }

  private static boolean inTourBar(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if ("tour-bar".equals(n.getId())) {
        return true;
      }
    }
    return false;
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
    mllab.ui.chart.ChartStyler styler = theme.chartStyler(Math.max(1.0, zoom.get()));
    mllab.ui.chart.ChartStyler.setCurrent(
        presentation.get() ? styler.withThickerLines(PRESENTATION_LINES) : styler);
  }

  private void applyZoom() {
    zoomStyles.apply(scene, zoom.get());
  }

  private void applyPresentation() {
    java.util.List<String> classes = scene.getRoot().getStyleClass();
    classes.remove(mllab.ui.common.Styles.PRESENTATION);
    if (presentation.get()) {
      classes.add(mllab.ui.common.Styles.PRESENTATION);
    }
  }

  /** Changes the zoom by {@code delta}, kept within 80 %–200 %. */
  public void zoomBy(double delta) {
    zoom.set(Math.max(0.8, Math.min(2.0, Math.round((zoom.get() + delta) * 10) / 10.0)));
  }

  /**
   * File → Reset to the lesson: asks first when it would throw away a trained model or thresholds
   * moved away from 0.5, naming them.
   */
  public void askResetToLesson() {
    java.util.List<String> lost = ResetQuestion.losses(session.session(), currentThresholds(),
        evaluation != null && evaluation.perLabelProperty().get());
    if (lost.isEmpty() || mllab.ui.common.Confirm.ask(scene.getWindow(), "reset-question",
        Text.get("shell.reset.title"), Text.get("shell.reset.header"),
        Text.get("shell.reset.body", "• " + String.join("\n• ", lost)),
        Text.get("shell.reset.confirm"), Text.get("shell.reset.keep"))) {
      resetToLesson();
    }
  }

  /** Restores the lesson's exact scenario: bundled dataset, split, scaling and model settings. */
  public void resetToLesson() {
    mllab.lesson.Lesson.resetSettings(session.session());
    // The bundled file is read in the background like any other dataset.
    datasetModel.loadBundled();
    model.show(Screen.RAW_DATA);
  }

  /** View → Hide advanced controls: the Python panels and the hyper-parameters, for a projector. */
  private MenuItem advancedToggle() {
    javafx.scene.control.CheckMenuItem hide =
        new javafx.scene.control.CheckMenuItem(Text.get("shell.menu.hideAdvanced"));
    hide.setId("menu-hide-advanced");
    hide.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+H"));
    hide.setSelected(!mllab.ui.common.Advanced.shownProperty().get());
    hide.selectedProperty()
        .addListener((o, a, b) -> {
          mllab.ui.common.Advanced.shownProperty().set(!b);
          // A focused hyper-parameter field that just disappeared would keep the focus out of
          // sight (and keep the window's keys to itself): the window takes it back.
          if (b && !visibleOnScreen(scene.getFocusOwner())) {
            scene.getRoot().requestFocus();
          }
        });
    return hide;
  }

  private static boolean visibleOnScreen(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node != null;
  }

  /** View → Presentation mode, a check item that follows {@link #presentationProperty()}. */
  private MenuItem presentationToggle() {
    javafx.scene.control.CheckMenuItem on =
        new javafx.scene.control.CheckMenuItem(Text.get("shell.presentation.menu"));
    on.setId("menu-presentation");
    on.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
    on.selectedProperty().bindBidirectional(presentation);
    return on;
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

  /**
   * The menu bar shows its titles with the first frame; the items (two dozen, with their
   * shortcuts) are made a few pulses after it ({@link #fillMenus}), before anyone can open a menu.
   */
  private MenuBar createMenu() {
    Menu file = new Menu(Text.get("shell.menu.file"));
    Menu view = new Menu(Text.get("shell.menu.view"));
    Menu help = new Menu(Text.get("shell.menu.help"));
    MenuBar bar = new MenuBar(file, datasetMenu.createMenu(), view, help);
    fillMenus = () -> {
      file.getItems().setAll(fileItems());
      view.getItems().setAll(viewItems());
      help.getItems().setAll(
          item(Text.get("shell.menu.shortcuts"), "menu-shortcuts", "F1", () -> ShortcutSheet.show(scene.getWindow())),
          item(Text.get("shell.menu.tour"), "menu-tour", "Shortcut+T", () -> tour.start()));
    };
    return bar;
  }

  /** File → Export as notebook. */
  public NotebookMenu notebook() {
    return notebook;
  }

  private java.util.List<MenuItem> fileItems() {
    java.util.List<MenuItem> sessionItems = new SessionMenu(sessions, () -> scene.getWindow(), fileDialogs).createItems();
    MenuItem quit = item(Text.get("shell.menu.quit"), "menu-quit", "Shortcut+Q", () -> scene.getWindow().hide());
    MenuItem reset =
        item(Text.get("shell.menu.resetLesson"), "menu-reset-lesson", "Shortcut+Shift+R", this::askResetToLesson);
    Menu export = new Menu(Text.get("shell.menu.export"));
    export.setId("menu-export");
    for (Export kind : Export.values()) {
      MenuItem m = item(Text.get("shell.menu.exportItem", kind.title(), kind.defaultFileName()),
          "menu-export-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), null,
          () -> exports.choose(kind));
      m.setUserData(kind);
      export.getItems().add(m);
    }
    // Exports need a trained model; the menu says so by greying out what is not there yet.
    export.setOnShowing(
        e -> export.getItems()
            .forEach(i -> i.setDisable(!((Export) i.getUserData()).availableIn(session.session()))));
    return java.util.List.of(
        sessionItems.get(0),
        sessionItems.get(1),
        sessionItems.get(2),
        new javafx.scene.control.SeparatorMenuItem(),
        reset,
        export,
        notebook.createItem(),
        new javafx.scene.control.SeparatorMenuItem(),
        item(Text.get("shell.menu.openBank"), "menu-open-bank", null, this::chooseQuestionBank),
        item(Text.get("shell.menu.exportMoodle"), "menu-export-moodle", null, () -> chooseBankExport(true)),
        item(Text.get("shell.menu.exportGift"), "menu-export-gift", null, () -> chooseBankExport(false)),
        new javafx.scene.control.SeparatorMenuItem(),
        quit);
  }

  private java.util.List<MenuItem> viewItems() {
    java.util.List<MenuItem> items = new java.util.ArrayList<>(java.util.List.of(
        new ZoomIndicator(zoom).createMenuItem(),
        item(Text.get("shell.menu.zoomIn"), "menu-zoom-in", "Shortcut+Equals", () -> zoomBy(0.1)),
        item(Text.get("shell.menu.zoomOut"), "menu-zoom-out", "Shortcut+Minus", () -> zoomBy(-0.1)),
        item(Text.get("shell.menu.actualSize"), "menu-zoom-reset", "Shortcut+0", () -> zoom.set(1.0)),
        item(Text.get("shell.menu.fullScreen"), "menu-full-screen", "F11", () -> stage.setFullScreen(!stage.isFullScreen())),
        advancedToggle(),
        presentationToggle(),
        new javafx.scene.control.SeparatorMenuItem()));
    ToggleGroup themes = new ToggleGroup();
    for (Theme t : Theme.values()) {
      RadioMenuItem item = new RadioMenuItem(Text.get("shell.menu.theme", t.title()));
      item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      item.setToggleGroup(themes);
      item.setSelected(t == theme);
      item.setOnAction(e -> setTheme(t));
      items.add(item);
    }
    return items;
  }
}
