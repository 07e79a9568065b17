package mllab.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.common.AfterFirstLayout;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.Loading;
import mllab.ui.common.ScrollIntoView;
import mllab.ui.common.SessionModel;
import mllab.ui.evaluation.EvaluationView;
import mllab.ui.evaluation.EvaluationViewModel;
import mllab.ui.preprocessing.PreprocessingView;
import mllab.ui.preprocessing.PreprocessingViewModel;
import mllab.ui.quiz.CheckYourselfSlot;
import mllab.ui.quiz.LearnView;
import mllab.ui.rawdata.RawDataView;
import mllab.ui.rawdata.RawDataViewModel;
import mllab.ui.split.SplitView;
import mllab.ui.split.SplitViewModel;
import mllab.ui.training.TrainingView;
import mllab.ui.training.TrainingViewModel;

/**
 * Builds each screen of the window with its view model, the first time it is shown, and keeps the
 * Training and Evaluation models the rest of the window talks to (the tour trains; closing the
 * window stops a run; a reset asks about per-label thresholds).
 */
final class Screens {

  private final SessionModel session;
  private final MainViewModel model;
  private final TryItBar tryItBar;
  private final Supplier<Scene> scene;
  private final QuestionBankService banks;
  private TrainingViewModel training;
  private EvaluationViewModel evaluation;

  /**
   * @param banks the questions of Learn and of the "check yourself" cards
   * @param scene the window's scene, null until the window is shown
   */
  Screens(
      SessionModel session,
      MainViewModel model,
      TryItBar tryItBar,
      QuestionBankService banks,
      Supplier<Scene> scene) {
    this.session = session;
    this.model = model;
    this.tryItBar = tryItBar;
    this.banks = banks;
    this.scene = scene;
  }

  /** The Training screen's model; null until that screen is built. */
  TrainingViewModel training() {
    return training;
  }

  /** The Evaluation screen's model; null until that screen is built. */
  EvaluationViewModel evaluation() {
    return evaluation;
  }

  /** The screen's nodes, with the step's "check yourself" question added at its end. */
  Node create(Screen screen) {
    Node node =
        switch (screen) {
          case RAW_DATA -> new RawDataView(new RawDataViewModel(session)).createView();
          case PREPROCESSING ->
              new PreprocessingView(new PreprocessingViewModel(session)).createView();
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
    if (screenRoot instanceof ScrollPane scroll && scroll.getContent() instanceof VBox content) {
      AfterFirstLayout.run(
          screenRoot, () -> banks.checkFor(step, q -> CheckYourselfSlot.add(content, q, session)));
    }
  }

  /**
   * The Learn screen. When the built-in questions are still being read (a click on Learn in the
   * first moments), it says so and fills in when they arrive, instead of holding the FX thread.
   */
  private Node learnScreen() {
    if (banks.learnReady()) {
      return new LearnView(banks.learnModel()).createView();
    }
    StackPane screen =
        new StackPane(Loading.placeholder("learn-loading", Text.get("learn.loading")));
    banks.withLearnModel(m -> screen.getChildren().setAll(new LearnView(m).createView()));
    return screen;
  }

  /**
   * "Try it": opens the question's step as the student left it (nothing is reset), brings the
   * threshold slider into view and focus for the threshold question, and shows a bar that leads
   * back to the question.
   */
  void tryIt(Step step) {
    model.show(Screen.of(step));
    tryItBar.activeProperty().set(true);
    if (step == Step.EVALUATION && evaluation != null) {
      FxBackgroundRunner.later(
          () -> {
            Node slider = scene.get().lookup("#threshold-slider");
            if (slider != null) {
              ScrollIntoView.reveal(slider);
              slider.requestFocus();
            }
          });
    }
  }

  /** Cancels a running training cleanly (the window is closing). */
  void close() {
    if (training != null) {
      training.cancel();
    }
  }
}
