package mllab.ui.rawdata;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import mllab.data.Dataset;
import mllab.data.DatasetStats;
import mllab.lesson.PythonSnippet;
import mllab.lesson.ShapeCard;
import mllab.lesson.StepCards;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.common.SessionModel;

/** Step 1: the dataset as loaded and its label statistics. */
public final class RawDataViewModel {

  private final SessionModel session;
  private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<DatasetStats> stats = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ShapeCard> card = new ReadOnlyObjectWrapper<>();
  private final javafx.beans.property.ReadOnlyStringWrapper lesson =
      new javafx.beans.property.ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<PythonSnippet> python = new ReadOnlyObjectWrapper<>();

  public RawDataViewModel(SessionModel session) {
    this.session = session;
    session.onChange(this::refresh);
  }

  private void refresh() {
    var s = session.session();
    if (dataset.get() == s.combined() && stats.get() != null) {
      return;
    }
    dataset.set(s.combined());
    stats.set(s.stats());
    card.set(StepCards.card(s, Step.RAW_DATA));
    lesson.set(mllab.lesson.LessonText.forStep(s, Step.RAW_DATA));
    python.set(StepCards.python(s, Step.RAW_DATA));
  }

  public ReadOnlyObjectProperty<Dataset> datasetProperty() {
    return dataset.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<DatasetStats> statsProperty() {
    return stats.getReadOnlyProperty();
  }

  /** The step's lesson text, about the data on screen. */
  public javafx.beans.property.ReadOnlyStringProperty lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ShapeCard> cardProperty() {
    return card.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PythonSnippet> pythonProperty() {
    return python.getReadOnlyProperty();
  }

  /** The row the lesson's cards follow. */
  public int sampleRow() {
    return mllab.pipeline.PipelineSession.SAMPLE_ROW;
  }

  /** "Row 0 is tagged beach + sunset: two labels at once." and the like, from the data. */
  public String multiLabelContrast() {
    DatasetStats st = stats.get();
    Dataset d = dataset.get();
    if (st == null || d == null || d.rows() == 0) {
      return "";
    }
    int multi = 0;
    for (int count = 2; count < st.labelsPerRowHistogram().size(); count++) {
      multi += st.labelsPerRowHistogram().get(count);
    }
    return Text.get(
        "rawdata.contrast",
        mllab.text.Decimals.count(multi),
        mllab.text.Decimals.count(st.rows()),
        String.format(java.util.Locale.ROOT, "%.0f", 100.0 * multi / st.rows()),
        mllab.text.Decimals.count(st.rowsWithoutLabels()),
        String.format(java.util.Locale.ROOT, "%.0f", 100.0 * st.rowsWithoutLabels() / st.rows()));
  }
}
