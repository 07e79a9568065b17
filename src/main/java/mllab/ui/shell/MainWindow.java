package mllab.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mllab.eval.Thresholds;
import mllab.export.Export;
import mllab.persist.LastFolder;
import mllab.persist.ProgressStore;
import mllab.persist.RecentFiles;
import mllab.persist.SessionFile;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.quiz.QuestionBank;
import mllab.text.Text;
import mllab.ui.common.AfterFirstLayout;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.BuiltWhenShown;
import mllab.ui.common.ClassWarmUp;
import mllab.ui.common.FileDialogs;
import mllab.ui.common.IconFonts;
import mllab.ui.common.MarkdownView;
import mllab.ui.common.Notice;
import mllab.ui.common.SessionModel;
import mllab.ui.dataset.DatasetMenu;
import mllab.ui.dataset.DatasetViewModel;
import mllab.ui.tour.TourBar;
import mllab.ui.tour.TourViewModel;
import mllab.ui.training.TrainingViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Builds the whole window for a session: assembles the shell, the screens ({@link Screens}), the
 * menus ({@link ShellMenus}), the keys and the look ({@link AppearanceViewModel}). Used by {@code
 * App} and by the UI tests, which hand it a session and a runner of their choice.
 */
public final class MainWindow {

  private final SessionModel session;
  private final MainViewModel model = new MainViewModel();

  /** The window's size when it opens, and the least it can be made. */
  static final double WIDTH = 1280;

  static final double HEIGHT = 800;
  static final double MIN_WIDTH = 960;
  static final double MIN_HEIGHT = 600;

  private final AppearanceViewModel appearance = new AppearanceViewModel();
  private final DatasetMenu datasetMenu;
  private final DatasetViewModel datasetModel;
  private final TourViewModel tour;
  private final TryItBar tryItBar;
  private final SessionViewModel sessions;

  /** The last confirmation (saved, exported), shown in the status bar. */
  private final Notice notice = new Notice();

  private final FileDialogs fileDialogs;
  private final ExportService exports;
  private final QuestionBankService banks;
  private final Screens screens;
  private final LessonReset reset;
  private Scene scene;
  private Stage stage;

  /**
   * Whether the steps not opened yet are built while the window is idle ({@link #buildStepsAhead}).
   */
  private boolean buildStepsAhead;

  /** Builds the steps ahead while the window is idle; null unless {@link #buildStepsAhead}. */
  private ScreenPrebuilder prebuilder;

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
    banks.useBuiltIn(builtInBank);
  }

  /**
   * With the built-in questions read by {@code builtInBank} on a background thread once the
   * window's first frame is drawn (or when the Learn screen first needs them), so that reading them
   * holds up neither the launcher thread nor the FX thread at start-up.
   */
  public MainWindow(
      PipelineSession session,
      BackgroundRunner runner,
      ProgressStore progressStore,
      Supplier<QuestionBank> builtInBank) {
    this.session = new SessionModel(session, runner);
    // The Markdown parser loads in the background: the lesson shown after the first frame is then
    // only parsed on the FX thread, not parsed after loading a parser's worth of classes there.
    runner.run(MarkdownView::warmUp, done -> {}, failed -> {});
    // So are the import dialog's controls' classes: the first file opened does not load them while
    // its dialog is drawn.
    runner.run(DatasetMenu::warmUpImportDialog, done -> {}, failed -> {});
    this.session.onChange(this::updateStates);
    this.datasetModel = new DatasetViewModel(this.session);
    this.datasetMenu = new DatasetMenu(datasetModel);
    this.tour =
        new TourViewModel(
            this.session.session(),
            new TourStage(model, this.session, this::training, () -> scene),
            runner);
    this.tryItBar = new TryItBar(() -> model.show(Screen.LEARN));
    this.sessions =
        new SessionViewModel(
            this.session,
            new RecentFiles(progressStore.file().getParent()),
            () -> SessionFile.ThresholdChoice.of(this.session.session().thresholdState()),
            () -> Optional.ofNullable(model.current().step()),
            // After an opened session was applied (its thresholds are already in force: they are
            // pipeline state): its step.
            state -> model.show(state.step().map(Screen::of).orElse(Screen.LEARN)));
    sessions.setOnOpenDataset(datasetMenu::open);
    datasetModel.setOnFileApplied(sessions::rememberDataset);
    // The status line tells what the data is now: after a session opens, that session, not the
    // dataset read before it.
    sessions
        .statusProperty()
        .addListener(
            (o, a, b) -> {
              if (!b.isEmpty()) {
                datasetModel.announce(b);
                notice.show(b);
              }
            });
    this.fileDialogs = new FileDialogs(LastFolder.in(progressStore.file().getParent()), runner);
    datasetMenu.setFileDialogs(fileDialogs);
    this.exports =
        new ExportService(
            this.session, this::currentThresholds, fileDialogs, notice, () -> scene.getWindow());
    this.banks =
        new QuestionBankService(
            this.session,
            progressStore,
            builtInBank,
            fileDialogs,
            () -> scene.getWindow(),
            this::tryIt,
            () -> model.show(Screen.LEARN));
    this.screens = new Screens(this.session, model, tryItBar, banks, () -> scene);
    this.reset =
        new LessonReset(
            this.session, datasetModel, model, screens::evaluation, () -> scene.getWindow());
  }

  /** The file dialogs (tests stand in for the person choosing). */
  public FileDialogs fileDialogs() {
    return fileDialogs;
  }

  /** Saving and opening sessions, and the recent files. */
  public SessionViewModel sessions() {
    return sessions;
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

  /** The window's zoom, theme and presentation mode. */
  public AppearanceViewModel appearance() {
    return appearance;
  }

  /** The interface zoom (1 = 100 %), from 0.8 to 2.0. */
  public DoubleProperty zoomProperty() {
    return appearance.zoomProperty();
  }

  /** Presentation mode (View menu, Ctrl+Shift+P), for a projector. */
  public BooleanProperty presentationProperty() {
    return appearance.presentationProperty();
  }

  /** Switches the look of the whole window. */
  public void setTheme(Theme t) {
    appearance.setTheme(t);
  }

  /** The guided tour (Help → Guided tour). */
  public TourViewModel tour() {
    return tour;
  }

  /** File → Export and Export as notebook. */
  public ExportService exports() {
    return exports;
  }

  private TrainingViewModel training() {
    return screens.training();
  }

  private void tryIt(Step step) {
    screens.tryIt(step);
  }

  private void updateStates() {
    session.session().states().forEach((step, state) -> model.stateProperty(step).set(state));
  }

  /**
   * Loads what the first frame needs and no data depends on: the theme's stylesheet and the icon
   * fonts (Ikonli reads every font of its icon packs on first use). {@code App} has the FX thread
   * do it while the launcher thread reads the dataset; {@link #show} does it anyway. Of the icon
   * fonts only the one the window draws with is loaded now ({@link IconFonts}).
   */
  public static void prepareToolkit() {
    IconFonts.install();
    Theme.LIGHT.applyToApplication();
    new FontIcon(Material2AL.LIGHTBULB);
  }

  /**
   * Makes the window build the steps not opened yet while it is idle, hidden, so that a click on a
   * step shows a screen already built ({@link ScreenPrebuilder}); the app does. Call before {@link
   * #show}.
   */
  public void buildStepsAhead() {
    buildStepsAhead = true;
  }

  /**
   * Whether the window has readied its dialogs and loaded its classes ahead, while idle (for tests
   * and tools).
   */
  public boolean readyAhead() {
    return prebuilder != null && prebuilder.rehearsed() && ClassWarmUp.listedLoaded();
  }

  /** Whether every step has been built in advance and filled in (for tests and tools). */
  public boolean stepsBuiltAhead() {
    return prebuilder != null && prebuilder.allReady();
  }

  /** Puts the window's scene on {@code stage} and shows it. */
  public Scene show(Stage stage) {
    return show(stage, false);
  }

  /**
   * Shows the window as the app opens it (after its {@link OpeningFrame}): the shell (menu bar,
   * navigator, footer) with the content area saying the step is opening; steps 1–3's results are
   * computed in the background meanwhile (if the session was handed over without them), and the
   * step's screen is built after the first frame, once they are there.
   */
  public Scene showShellFirst(Stage stage) {
    return show(stage, true);
  }

  private Scene show(Stage stage, boolean shellFirst) {
    this.stage = stage;
    IconFonts.install();
    appearance.theme().applyToApplication();
    ShellMenus menus =
        new ShellMenus(
            new ShellMenus.Parts(
                sessions, fileDialogs, exports, banks, appearance, tour, reset::ask),
            () -> scene,
            () -> this.stage);
    MainView view = new MainView(model, screens::create, menus.createBar(datasetMenu.createMenu()));
    if (buildStepsAhead) {
      buildAhead(view);
    }
    if (shellFirst) {
      session.prepare();
      view.showScreensWhen(session.preparingProperty().not());
    }
    view.setStatus(
        new StatusBar(datasetMenu.createStatus(), datasetModel.statusProperty(), notice)
            .createView());
    view.setTrailing(new ZoomIndicator(appearance.zoomProperty()).createButton());
    BorderPane root = view.createView();
    root.setBottom(
        new VBox(
            BuiltWhenShown.of(tour.activeProperty(), () -> new TourBar(tour).createView()),
            BuiltWhenShown.of(tryItBar.activeProperty(), tryItBar::createView),
            root.getBottom()));
    // Back on Learn by any way, the bar has done its job.
    model
        .currentProperty()
        .addListener(
            (o, a, b) -> {
              if (b == Screen.LEARN) {
                tryItBar.activeProperty().set(false);
              }
            });
    // Opened over the opening frame, the window keeps the size it already has.
    Scene shown = stage.getScene();
    scene =
        shown == null
            ? new Scene(root, WIDTH, HEIGHT)
            : new Scene(root, shown.getWidth(), shown.getHeight());
    ShellKeys.installTourKeys(scene, tour);
    ShellKeys.installHelpKey(scene);
    ShellKeys.installZoomKeys(scene, appearance);
    view.installShortcuts(scene);
    datasetMenu.install(scene);
    new SceneAppearance(appearance, scene).install();
    stage.setTitle(Text.get("app.title"));
    stage.setMinWidth(MIN_WIDTH);
    stage.setMinHeight(MIN_HEIGHT);
    stage.setScene(scene);
    stage.setOnHidden(e -> close());
    stage.show();
    // Queued after what the first screen fills in first: nobody opens a menu in the first pulses.
    AfterFirstLayout.run(root, menus::fill);
    AfterFirstLayout.run(root, IconFonts::loadTheRest);
    return scene;
  }

  /**
   * Builds the steps not opened yet while the window is idle: not while steps 1–3 are computed, a
   * run trains, or a dialog or menu is open; a change sends the steps it touches to catch up.
   */
  private void buildAhead(MainView view) {
    prebuilder =
        view.buildStepsWhileIdle(
            () ->
                session.preparingProperty().get()
                    || session.session().isTraining()
                    || javafx.stage.Window.getWindows().stream()
                        .anyMatch(w -> w != this.stage && w.isShowing()));
    session
        .revisionProperty()
        .addListener((o, a, b) -> prebuilder.changedFrom(session.lastChangeProperty().get()));
    // First, off the FX thread, the classes that building the steps and opening a file will need.
    prebuilder.alsoWhileIdle(
        java.util.List.of(
            () -> session.runner().run(ClassWarmUp::loadListed, done -> {}, failed -> {})));
    prebuilder.alsoWhileIdle(mllab.ui.dataset.ImportDialogRehearsal.pieces(stage));
  }

  /** Writes quiz answers not yet on disk; the app calls it on exit, before the workers stop. */
  public void flushProgress() {
    banks.flushProgress();
  }

  /** Loads an instructor's question bank (a YAML file or a folder of them) for Learn. */
  public void openQuestionBank(Path fileOrFolder) {
    banks.open(fileOrFolder);
  }

  /** Writes the questions in use as Moodle XML or GIFT, for a course site. */
  public void exportQuestionBank(boolean moodle, Path file) {
    banks.export(moodle, file);
  }

  /** The thresholds in force: the pipeline's, whether or not the Evaluation step was opened. */
  public Thresholds currentThresholds() {
    return session.session().thresholdState().thresholds();
  }

  /** Writes {@code kind} to {@code file} in the background; a failure is shown, nothing is lost. */
  public void export(Export kind, Path file) {
    exports.export(kind, file);
  }

  /** Cancels a running training cleanly (the window is closing). */
  public void close() {
    screens.close();
  }
}
