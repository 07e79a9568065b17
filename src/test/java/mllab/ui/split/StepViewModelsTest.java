package mllab.ui.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.prep.FitScope;
import mllab.split.SplitMethod;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import mllab.ui.preprocessing.PreprocessingViewModel;
import mllab.ui.rawdata.RawDataViewModel;
import org.junit.jupiter.api.Test;

/** The view models of steps 1–3, driven as the views drive them, with no window. */
class StepViewModelsTest {

  private final PipelineSession session = Lesson.session();
  private final SessionModel model = new SessionModel(session, BackgroundRunner.sameThread());

  @Test
  void choosingStratificationResplitsAndEveryScreenFollows() {
    // Given the split and preprocessing screens' models on the lesson
    SplitViewModel split = new SplitViewModel(model);
    PreprocessingViewModel prep = new PreprocessingViewModel(model);
    double randomGap = split.splitProperty().get().maxPositiveRateGap();
    // When the student picks iterative stratification
    split.methodProperty().set(SplitMethod.ITERATIVE_STRATIFICATION);
    // Then the session's split is stratified, its rate gap is smaller, and the card says so
    assertEquals(SplitMethod.ITERATIVE_STRATIFICATION, session.splitMethod());
    assertTrue(split.splitProperty().get().maxPositiveRateGap() < randomGap);
    assertTrue(split.cardProperty().get().operation().startsWith("Stratified split 80/20"));
    // And the scaler was refitted on the new training rows
    assertEquals(session.scaler(), prep.scalerProperty().get());
  }

  @Test
  void raisingTheTestFractionGivesMoreTestRows() {
    SplitViewModel split = new SplitViewModel(model);
    split.testFractionProperty().set(0.3);
    assertEquals(300, split.splitProperty().get().test().rows());
    assertEquals("700 train / 300 test", split.cardProperty().get().output());
  }

  @Test
  void fittingOnAllRowsShowsTheLeakAndTheCardNamesIt() {
    // Given the preprocessing model
    PreprocessingViewModel prep = new PreprocessingViewModel(model);
    // When the student fits on all rows
    prep.fitScopeProperty().set(FitScope.ALL_ROWS);
    // Then the session scales with all 1000 rows and the card warns about the leak
    assertEquals(FitScope.ALL_ROWS, session.fitScope());
    assertEquals(1000, prep.scalerProperty().get().fittedRows());
    assertTrue(prep.cardProperty().get().operation().contains("leaks the test set"));
    // And scaled values of the chosen feature all land in 0–1
    for (double v : prep.histogramsProperty().get().scaled()) {
      assertTrue(v >= 0 && v <= 1, "scaled " + v);
    }
  }

  @Test
  void rawDataContrastCountsRowsWithSeveralLabelsAndNone() {
    RawDataViewModel raw = new RawDataViewModel(model);
    assertEquals(
        "In multi-class data every row has exactly one class. Here 504 of 1,000 rows (50%) carry"
            + " two or more labels at once, and 108 rows (11%) carry none.",
        raw.multiLabelContrast());
  }
}
