package mllab.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mllab.eval.MetricReport;
import mllab.eval.Thresholds;
import mllab.lesson.MethodSnippets;
import mllab.lesson.PythonSnippet;
import mllab.methods.ClassifierChain;
import mllab.methods.MethodComparison;
import mllab.methods.MethodKind;
import mllab.methods.MethodResult;
import mllab.model.OutputActivation;
import mllab.pipeline.PipelineSession;
import mllab.split.Split;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;

/**
 * The Compare view's state: the five methods fitted on the session's split and scaled features (off
 * the FX thread, with progress), and their metrics at one threshold that applies to every method.
 * Moving the threshold re-reads the stored probabilities; nothing is refitted.
 */
public final class CompareViewModel {

  /** One method's line of the table at the current threshold. */
  public record Row(MethodResult result, MetricReport report) {
    public String name() {
      return result.name();
    }
  }

  private final SessionModel session;
  private final DoubleProperty threshold = new SimpleDoubleProperty(0.5);
  private final StringProperty chainOrder = new SimpleStringProperty("");
  private final javafx.beans.property.BooleanProperty otherWeighting =
      new javafx.beans.property.SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper unseen = new ReadOnlyStringWrapper("");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<String> labels = FXCollections.observableArrayList();
  private List<MethodResult> results = List.of();

  /** The results and threshold the rows show, and whether newer ones are being worked out. */
  private List<MethodResult> shownResults;

  private double shownThreshold = Double.NaN;

  /** The labels the chain order was last set from. */
  private List<String> chainLabels;

  /** The label names of {@link #results}, shown with their rows. */
  private List<String> resultNames = List.of();

  private boolean rethresholding;
  private BackgroundRunner.Cancellable job;
  private AtomicBoolean cancelFlag = new AtomicBoolean();

  public CompareViewModel(SessionModel session, double startThreshold) {
    this.session = session;
    threshold.set(startThreshold);
    followLabels();
    // Another dataset while the window is open: the chain's order starts from its labels.
    session.revisionProperty().addListener((o, a, b) -> followLabels());
    threshold.addListener((o, a, b) -> rethreshold());
    status.set(Text.get("compare.status.notRun"));
  }

  /** Puts the chain in the dataset's label order when the dataset has other labels than it had. */
  private void followLabels() {
    List<String> names = session.session().dataset().labelNames();
    if (!names.equals(chainLabels)) {
      chainLabels = names;
      chainOrder.set(String.join(", ", names));
    }
  }

  /** The threshold every method's probabilities are decided at. */
  public DoubleProperty thresholdProperty() {
    return threshold;
  }

  /**
   * Whether to fit the network a second time with pos_weight switched the other way, to see its
   * effect on recall, rare labels and macro- vs micro-F1.
   */
  public javafx.beans.property.BooleanProperty otherWeightingProperty() {
    return otherWeighting;
  }

  /**
   * Whether the switched network is offered: pos_weight weights binary cross-entropy, so a network
   * with softmax outputs cannot have it (the engine refuses it, and the run would fail).
   */
  public boolean otherWeightingOffered() {
    return session.session().trainingConfig().output() == OutputActivation.SIGMOID;
  }

  /** The classifier chain's label order as typed: names or positions, comma-separated. */
  public StringProperty chainOrderProperty() {
    return chainOrder;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Overall progress of the comparison, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What is happening, or what went wrong, in a sentence. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The label powerset's unseen-combination note, empty before a run. */
  public ReadOnlyStringProperty unseenProperty() {
    return unseen.getReadOnlyProperty();
  }

  /** One row per method, at the current threshold. */
  public ObservableList<Row> rows() {
    return rows;
  }

  /** The label names, for the per-label F1 bars. */
  public ObservableList<String> labels() {
    return labels;
  }

  /** Fits the five methods in the background. A bad chain order is reported, nothing runs. */
  public void start() {
    if (running.get()) {
      return;
    }
    PipelineSession s = session.session();
    Split split = s.scaledSplit();
    int[] order;
    try {
      order = ClassifierChain.parseOrder(chainOrder.get(), split.labelNames());
    } catch (IllegalArgumentException e) {
      status.set(e.getMessage());
      return;
    }
    List<mllab.methods.MultiLabelMethod> methods = methods(s, split, order);
    AtomicBoolean cancelled = new AtomicBoolean();
    cancelFlag = cancelled;
    running.set(true);
    progress.set(0);
    status.set(Text.get("compare.status.starting"));
    job =
        session
            .runner()
            .run(
                () -> MethodComparison.run(methods, split, listener(cancelled)),
                r -> finished(r, split),
                this::failed);
  }

  /** The five methods, and the network with pos_weight switched the other way when asked for. */
  private List<mllab.methods.MultiLabelMethod> methods(
      PipelineSession s, Split split, int[] order) {
    List<mllab.methods.MultiLabelMethod> methods =
        new ArrayList<>(
            MethodComparison.defaults(
                s.trainingConfig(), s.runOptions(), split.labelNames().size(), order));
    if (otherWeighting.get() && otherWeightingOffered()) {
      // The same network with pos_weight switched the other way: its effect, side by side.
      methods.add(
          1,
          new mllab.methods.NetworkMethod(
              s.trainingConfig(),
              s.runOptions().withPositiveWeighting(!s.runOptions().positiveWeighting())));
    }
    return methods;
  }

  /** Posts each method's progress to the FX thread; stops when the run is cancelled. */
  private MethodComparison.Listener listener(AtomicBoolean cancelled) {
    return new MethodComparison.Listener() {
      @Override
      public void progress(int index, int count, MethodKind kind, double fraction) {
        session
            .runner()
            .post(
                () -> {
                  progress.set((index + fraction) / count);
                  status.set(
                      Text.get(
                          "compare.status.fitting",
                          kind.displayName(),
                          String.valueOf(index + 1),
                          String.valueOf(count)));
                });
      }

      @Override
      public boolean cancelled() {
        return cancelled.get();
      }
    };
  }

  private void finished(List<MethodResult> r, Split split) {
    running.set(false);
    progress.set(1);
    results = r;
    resultNames = split.labelNames();
    status.set(
        Text.get(
            "compare.status.done",
            mllab.text.Decimals.count(split.train().rows()),
            mllab.text.Decimals.count(split.test().rows())));
    rethreshold();
  }

  private void failed(Throwable e) {
    running.set(false);
    status.set(
        e instanceof java.util.concurrent.CancellationException
            ? Text.get("compare.status.cancelled")
            : Text.get("compare.status.failed", String.valueOf(e.getMessage())));
  }

  /** Stops a running comparison before its next step. */
  public void cancel() {
    cancelFlag.set(true);
    if (job != null) {
      job.cancel();
    }
  }

  /**
   * Brings the rows up to the slider's threshold: small results at once, larger ones on a worker
   * with the latest threshold winning (one report per method, 13 ms each at 10,000 rows × 1,000
   * labels, would otherwise fall on the FX thread at every step of a drag).
   */
  private void rethreshold() {
    List<MethodResult> of = results;
    double t = threshold.get();
    if (of == shownResults && t == shownThreshold) {
      return;
    }
    long cells = of.stream().mapToLong(r -> (long) r.test().rows() * r.test().labelCount()).sum();
    if (cells <= mllab.ui.evaluation.EvaluationViewModel.SAME_FRAME_CELLS) {
      show(of, t, rowsAt(of, t));
    } else if (!rethresholding) {
      rethresholding = true;
      session
          .runner()
          .run(
              () -> rowsAt(of, t),
              next -> {
                rethresholding = false;
                if (results == of) {
                  show(of, t, next);
                }
                rethreshold();
              },
              e -> rethresholding = false);
    }
  }

  private static List<Row> rowsAt(List<MethodResult> of, double t) {
    List<Row> next = new ArrayList<>();
    for (MethodResult r : of) {
      next.add(new Row(r, MetricReport.of(r.test(), Thresholds.global(t, r.test().labelCount()))));
    }
    return next;
  }

  private void show(List<MethodResult> of, double t, List<Row> next) {
    shownResults = of;
    shownThreshold = t;
    // The label names change with the rows they index, never before them.
    if (!labels.equals(resultNames)) {
      labels.setAll(resultNames);
    }
    rows.setAll(next);
    unseen.set(
        results.stream()
            .filter(r -> r.unseenTestSets().isPresent())
            .findFirst()
            .map(
                r ->
                    Text.get(
                        "compare.unseen",
                        String.valueOf(r.unseenTestSets().getAsInt()),
                        mllab.text.Decimals.count(r.test().rows())))
            .orElse(""));
  }

  /** The Python equivalent of {@code kind}, with what it prints for this run (if run). */
  public PythonSnippet python(MethodKind kind) {
    Row row = rows.stream().filter(r -> r.result().kind() == kind).findFirst().orElse(null);
    // The rows' own threshold: a newer one may still be worked out.
    double t = Double.isNaN(shownThreshold) ? threshold.get() : shownThreshold;
    return MethodSnippets.python(kind, row == null ? null : row.report(), t);
  }
}
