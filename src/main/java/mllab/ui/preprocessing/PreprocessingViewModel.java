package mllab.ui.preprocessing;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import mllab.data.Dataset;
import mllab.lesson.LessonText;
import mllab.lesson.PythonSnippet;
import mllab.lesson.ShapeCard;
import mllab.lesson.StepCards;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.prep.FitScope;
import mllab.prep.FittedScaler;
import mllab.prep.ScalerComparison;
import mllab.prep.ScalingReport;
import mllab.ui.chart.Charts;
import mllab.ui.common.LatestWins;
import mllab.ui.common.SessionModel;
import org.jfree.data.statistics.HistogramDataset;

/**
 * Step 2: min-max scaling on the real data, the fit scope (train only, or all rows to show the
 * leak), one chosen feature's values before and after.
 */
public final class PreprocessingViewModel {

  private final SessionModel session;
  private final ObjectProperty<FitScope> fitScope = new SimpleObjectProperty<>(FitScope.TRAIN_ONLY);
  private final IntegerProperty feature = new SimpleIntegerProperty(0);
  private final ReadOnlyObjectWrapper<ShapeCard> card = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<PythonSnippet> python = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper lesson = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<FittedScaler> scaler = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ScalingReport> testReport = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ScalerComparison> leakage = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<FeatureHistograms> histograms = new ReadOnlyObjectWrapper<>();
  private boolean refreshing;
  private Dataset dataset;

  private final LatestWins latestHistograms;

  /** Bins in each histogram. */
  static final int BINS = 20;

  /**
   * One feature's values over all rows before and after scaling, and both counted into {@link
   * #BINS} bins: made on a worker, as reading a column and binning it grow with the rows.
   *
   * @param feature the feature's index
   * @param scaled its values after scaling, one per row
   */
  public record FeatureHistograms(
      int feature, String name, double[] scaled, HistogramDataset before, HistogramDataset after) {}

  /** The feature with the largest raw range: where scaling visibly changes the numbers. */
  private static int widestFeature(FittedScaler f) {
    int best = 0;
    for (int j = 1; j < f.featureCount(); j++) {
      if (f.max(j) - f.min(j) > f.max(best) - f.min(best)) {
        best = j;
      }
    }
    return best;
  }

  public PreprocessingViewModel(SessionModel session) {
    this.session = session;
    this.latestHistograms = new LatestWins(session.runner());
    fitScope.addListener(
        (o, a, b) -> {
          if (!refreshing && b != null && b != session.session().fitScope()) {
            session.session().setFitScope(b);
          }
        });
    session.onChange(this::refresh);
    feature.addListener((o, a, b) -> workOutHistograms());
  }

  private void refresh() {
    // Training and evaluation changes leave this step's results as they were.
    if (scaler.get() != null
        && session.lastChangeProperty().get().ordinal() >= Step.TRAINING.ordinal()) {
      return;
    }
    PipelineSession s = session.session();
    refreshing = true;
    try {
      fitScope.set(s.fitScope());
      if (dataset != s.combined()) {
        dataset = s.combined();
        feature.set(widestFeature(s.scaler()));
      }
      // The view redraws when the scaler changes and then reads the report and the comparison:
      // they are published first, so it never shows a new scaler with the old split's counts.
      testReport.set(s.testReport());
      leakage.set(s.leakage());
      card.set(StepCards.card(s, Step.PREPROCESSING));
      python.set(StepCards.python(s, Step.PREPROCESSING));
      lesson.set(LessonText.forStep(s, Step.PREPROCESSING));
      scaler.set(s.scaler());
    } finally {
      refreshing = false;
    }
    workOutHistograms();
  }

  /**
   * Reads the chosen feature's column and bins it before and after scaling on the worker; the
   * latest request wins.
   */
  private void workOutHistograms() {
    FittedScaler f = scaler.get();
    if (f == null || refreshing) {
      return; // a refresh asks once at its end, with the new scaler
    }
    Dataset d = dataset();
    int j = feature.get();
    latestHistograms.run(() -> histograms(d, f, j), histograms::set);
  }

  private static FeatureHistograms histograms(Dataset d, FittedScaler f, int j) {
    double[] raw = new double[d.rows()];
    double[] scaled = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = d.feature(i, j);
      scaled[i] = f.scale(j, raw[i]);
    }
    return new FeatureHistograms(
        j,
        d.featureNames().get(j),
        scaled,
        Charts.histogramData(raw, BINS),
        Charts.histogramData(scaled, BINS));
  }

  /** The chosen feature's histograms; null until the first are worked out. */
  public ReadOnlyObjectProperty<FeatureHistograms> histogramsProperty() {
    return histograms.getReadOnlyProperty();
  }

  public ObjectProperty<FitScope> fitScopeProperty() {
    return fitScope;
  }

  /** The feature shown in the before/after histograms. */
  public IntegerProperty featureProperty() {
    return feature;
  }

  public Dataset dataset() {
    return session.session().combined();
  }

  public ReadOnlyObjectProperty<FittedScaler> scalerProperty() {
    return scaler.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ScalingReport> testReportProperty() {
    return testReport.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ScalerComparison> leakageProperty() {
    return leakage.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ShapeCard> cardProperty() {
    return card.getReadOnlyProperty();
  }

  /** The step's lesson text, about the data on screen and its split. */
  public ReadOnlyStringProperty lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PythonSnippet> pythonProperty() {
    return python.getReadOnlyProperty();
  }
}
