package mllab.ui.tour;

import java.util.List;
import java.util.Locale;
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

/**
 * The guided tour: the app walks through the five steps with a short narration each; Space
 * advances and Escape leaves. Two stops ask the student to predict first (what training will do,
 * what a higher threshold does to recall) and only reveal, with the real numbers, on the next
 * Space.
 */
public final class TourViewModel {

  /** What the tour needs from the window: show a step, train, move the threshold. */
  public interface Stage {
    void show(Step step);

    /** Trains the current settings to the end (the lesson's five epochs). */
    void train();

    /** Sets the Evaluation step's threshold. */
    void setThreshold(double threshold);
  }

  private record Stop(Step step, String title, String narration, String question) {}

  private static final double HIGH_THRESHOLD = 0.8;

  private final PipelineSession session;
  private final Stage stage;
  private final List<Stop> stops;
  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
  private boolean revealed;

  public TourViewModel(PipelineSession session, Stage stage) {
    this.session = session;
    this.stage = stage;
    this.stops = stops(session);
  }

  private static List<Stop> stops(PipelineSession s) {
    return List.of(
        new Stop(Step.RAW_DATA, "Raw data",
            "Each row is a photo with " + s.dataset().featureCount() + " features and "
                + s.dataset().labelCount() + " labels. A row can carry several labels or none:"
                + " that is what makes it multi-label.", null),
        new Stop(Step.PREPROCESSING, "Preprocessing",
            "Every feature is scaled to 0–1 with the minimum and maximum of the training rows only,"
                + " so nothing about the test rows leaks into training.", null),
        new Stop(Step.SPLIT, "Train/test split",
            "The rows are divided into a training part and a held-out test part; the bars compare"
                + " each label's positive rate in both.", null),
        new Stop(Step.TRAINING, "Model training",
            "The network has one sigmoid output per label and learns by lowering binary"
                + " cross-entropy.",
            "Predict first: over the next epochs, will the loss go up or down, and the accuracy?"),
        new Stop(Step.EVALUATION, "Evaluation",
            "Each test row gets a probability per label; the threshold turns them into 0/1 labels.",
            "Predict first: if the threshold rises from 0.5 to " + HIGH_THRESHOLD
                + ", will recall go up or down?"));
  }

  /** Starts the tour at the first step. */
  public void start() {
    active.set(true);
    go(0);
  }

  /** Space: reveal the answer to a "predict first" question, or go on to the next stop. */
  public void next() {
    if (!active.get()) {
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
      leave();
    }
  }

  /** Escape: leaves the tour; everything the tour did stays as it is. */
  public void leave() {
    active.set(false);
  }

  private void go(int i) {
    index.set(i);
    revealed = false;
    Stop stop = stops.get(i);
    stage.show(stop.step());
    title.set("Tour " + (i + 1) + " of " + stops.size() + " · " + stop.title());
    text.set(stop.narration() + (stop.question() == null ? "" : "\n" + stop.question() + " (Space reveals)"));
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
          text.set("Training… watch the curves grow. Press Space when it has finished.");
          return null;
        }
      }
      var h = session.history();
      return String.format(
          Locale.ROOT,
          "It went down: the test loss fell from %.3f after epoch 1 to %.3f after epoch %d, and"
              + " label accuracy rose from %.3f to %.3f. (Guessing would cost %.3f.)",
          h.get(0).testLoss(), h.get(h.size() - 1).testLoss(), h.size(),
          h.get(0).labelAccuracy(), h.get(h.size() - 1).labelAccuracy(), h.get(0).chanceLoss());
    }
    Predictions p = session.predictions().orElse(null);
    if (p == null) {
      return "Train the model first (step 4), then the threshold can be moved.";
    }
    MetricReport low = MetricReport.of(p, Thresholds.global(0.5, p.labelCount()));
    MetricReport high = MetricReport.of(p, Thresholds.global(HIGH_THRESHOLD, p.labelCount()));
    stage.setThreshold(HIGH_THRESHOLD);
    return String.format(
        Locale.ROOT,
        "Recall went %s: micro recall %.3f at 0.5, %.3f at %.1f, while micro precision went from"
            + " %.3f to %.3f. A higher threshold predicts fewer labels, so it misses more true ones.",
        high.microRecall() < low.microRecall() ? "down" : "up",
        low.microRecall(), high.microRecall(), HIGH_THRESHOLD,
        low.microPrecision(), high.microPrecision());
  }

  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
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
