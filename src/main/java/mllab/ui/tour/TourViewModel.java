package mllab.ui.tour;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;

/**
 * The guided tour: the app walks through the five steps with a short narration each; Space advances
 * and Escape leaves. Two stops ask the student to predict first (what training will do, what a
 * higher threshold does to recall) and only reveal, with the real numbers, on the next Space.
 */
public final class TourViewModel {

  /** What the tour needs from the window: show a step, train, move the threshold. */
  public interface Stage {
    void show(Step step);

    /** Trains the current settings to the end (the lesson's five epochs). */
    void train();

    /** Sets the Evaluation step's threshold. */
    void setThreshold(double threshold);

    /**
     * Scrolls the shown step so that the node with {@code id} (what the narration speaks about) is
     * in view.
     */
    default void reveal(String id) {}

    /** The thresholds the student has now, to be put back when the tour ends; null if none. */
    default Kept keepThresholds() {
      return null;
    }
  }

  /**
   * The student's thresholds, as a sentence saying they are back ("The threshold is back at 0.50,
   * …"), and how to put them back.
   */
  public record Kept(String description, Runnable restore) {}

  /** A stop: its step, narration, an optional "predict first" question, the part it is about. */
  private record Stop(Step step, String title, String narration, String question, String target) {}

  private static final double LOW_THRESHOLD = 0.5;

  private static final double HIGH_THRESHOLD = 0.8;

  private final PipelineSession session;
  private final Stage stage;

  /** The stops, made at each start from the data then on screen. */
  private List<Stop> stops;

  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
  private final BackgroundRunner runner;
  private boolean revealed;

  /**
   * The evaluation stop's answer, worked out on a worker (two metric reports over every test row)
   * for the predictions it was made from; null until asked for.
   */
  private Answer answer;

  /**
   * Whether the student pressed Space at the evaluation stop before its answer was worked out, and
   * still waits on that stop for it.
   */
  private boolean awaitingAnswer;

  /**
   * Recall and precision at the two thresholds, for one set of predictions; text null until done.
   */
  private static final class Answer {
    final Predictions predictions;
    String text;

    Answer(Predictions predictions) {
      this.predictions = predictions;
    }
  }

  /** What the student had before the tour moved the threshold; null while untouched. */
  private Kept kept;

  public TourViewModel(PipelineSession session, Stage stage, BackgroundRunner runner) {
    this.session = session;
    this.stage = stage;
    this.runner = runner;
    this.stops = stops(session);
  }

  private static List<Stop> stops(PipelineSession s) {
    return List.of(
        new Stop(
            Step.RAW_DATA,
            Text.get("tour.rawData.title"),
            // The photo lesson says "photo"; other data is described by its own name and labels.
            Text.get(
                mllab.lesson.LessonText.isLesson(s)
                    ? "tour.rawData.text"
                    : "tour.rawData.textOther",
                mllab.text.Decimals.count(s.dataset().featureCount()),
                mllab.text.Decimals.count(s.dataset().labelCount()),
                mllab.text.Decimals.count(s.dataset().rows()),
                s.source(),
                String.join(
                    ", ",
                    s.dataset().labelNames().subList(0, Math.min(3, s.dataset().labelCount())))),
            null,
            "rows-table"),
        new Stop(
            Step.PREPROCESSING,
            Text.get("tour.preprocessing.title"),
            Text.get("tour.preprocessing.text"),
            null,
            "fit-train-only"),
        new Stop(
            Step.SPLIT,
            Text.get("tour.split.title"),
            Text.get("tour.split.text"),
            null,
            "rate-gap"),
        new Stop(
            Step.TRAINING,
            Text.get("tour.training.title"),
            Text.get("tour.training.text"),
            Text.get("tour.training.question"),
            "curves-card"),
        new Stop(
            Step.EVALUATION,
            Text.get("tour.evaluation.title"),
            Text.get("tour.evaluation.text"),
            Text.get("tour.evaluation.question", String.valueOf(HIGH_THRESHOLD)),
            "threshold-card"));
  }

  /** Starts the tour at the first step. */
  public void start() {
    // The data may have changed since the window opened (a file opened, a session, the generator):
    // the narration speaks of what is on screen now.
    stops = stops(session);
    kept = null;
    finished.set(false);
    active.set(true);
    go(0);
  }

  /** Space: reveal the answer to a "predict first" question, or go on to the next stop. */
  public void next() {
    if (!active.get()) {
      return;
    }
    if (finished.get()) {
      leave();
      return;
    }
    Stop stop = stops.get(index.get());
    if (stop.question() != null && !revealed) {
      String answer = reveal(stop);
      if (answer != null) {
        revealed = true;
        text.set(answer);
      }
      return;
    }
    if (index.get() + 1 < stops.size()) {
      go(index.get() + 1);
    } else {
      finish();
    }
  }

  /**
   * After the last stop: the threshold the tour moved goes back to what the student had, and a
   * closing message says so and what to do next; Space (or Close) then leaves.
   */
  private void finish() {
    String restored = restoreThresholds();
    finished.set(true);
    title.set(Text.get("tour.done.title"));
    text.set(
        restored == null
            ? Text.get("tour.done.text")
            : Text.get("tour.done.textRestored", restored));
    position.set("");
  }

  /** Puts back the student's thresholds if the tour moved them; their description, or null. */
  private String restoreThresholds() {
    if (kept == null) {
      return null;
    }
    Kept k = kept;
    kept = null;
    k.restore().run();
    return k.description();
  }

  /** Escape: leaves the tour; the threshold it moved goes back, the rest stays as it is. */
  public void leave() {
    awaitingAnswer = false;
    restoreThresholds();
    finished.set(false);
    active.set(false);
  }

  private void go(int i) {
    index.set(i);
    revealed = false;
    awaitingAnswer = false;
    Stop stop = stops.get(i);
    stage.show(stop.step());
    if (stop.step() == Step.EVALUATION && stop.question() != null) {
      // While the student thinks about the question, the answer is worked out.
      session.predictions().ifPresent(this::workOutAnswer);
    }
    stage.reveal(stop.target());
    title.set(
        Text.get("tour.title", String.valueOf(i + 1), String.valueOf(stops.size()), stop.title()));
    text.set(
        stop.question() == null
            ? stop.narration()
            : Text.get("tour.withQuestion", stop.narration(), stop.question()));
    position.set((i + 1) + " / " + stops.size());
  }

  private String reveal(Stop stop) {
    if (stop.step() == Step.TRAINING) {
      if (session.isTraining()) {
        return null;
      }
      if (session.history().isEmpty()) {
        stage.train();
        if (session.isTraining() || session.history().isEmpty()) {
          text.set(Text.get("tour.training.running"));
          return null;
        }
      }
      return TourReveal.training(session.history());
    }
    Predictions p = session.predictions().orElse(null);
    if (p == null) {
      return Text.get("tour.evaluation.untrained");
    }
    Answer a = workOutAnswer(p);
    if (a.text == null) {
      // Still on the worker: the answer shows when it arrives (see answered).
      awaitingAnswer = true;
      text.set(Text.get("tour.evaluation.working"));
      return null;
    }
    return moveThresholdFor(a.text);
  }

  /**
   * Starts working out the evaluation stop's answer for {@code p}, unless it is already known or on
   * its way; the two reports cover every test row and label, so they are made off the FX thread.
   */
  private Answer workOutAnswer(Predictions p) {
    if (answer != null && answer.predictions == p) {
      return answer;
    }
    Answer a = new Answer(p);
    answer = a;
    runner.run(
        () -> {
          MetricReport low = MetricReport.of(p, Thresholds.global(LOW_THRESHOLD, p.labelCount()));
          MetricReport high = MetricReport.of(p, Thresholds.global(HIGH_THRESHOLD, p.labelCount()));
          return TourReveal.threshold(low, high, LOW_THRESHOLD, HIGH_THRESHOLD);
        },
        done -> answered(a, done),
        failed -> {
          if (answer == a) {
            answer = null;
          }
        });
    return a;
  }

  /** The answer arrived: shown if the student is still waiting for it on the evaluation stop. */
  private void answered(Answer a, String done) {
    a.text = done;
    boolean waiting =
        answer == a && awaitingAnswer && session.predictions().orElse(null) == a.predictions;
    if (waiting) {
      awaitingAnswer = false;
      revealed = true;
      text.set(moveThresholdFor(done));
    }
  }

  private String moveThresholdFor(String answerText) {
    if (kept == null) {
      kept = stage.keepThresholds();
    }
    stage.setThreshold(HIGH_THRESHOLD);
    return answerText;
  }

  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  /** Whether the closing message shows (after the last stop). */
  public ReadOnlyBooleanProperty finishedProperty() {
    return finished.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty indexProperty() {
    return index.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty positionProperty() {
    return position.getReadOnlyProperty();
  }
}
