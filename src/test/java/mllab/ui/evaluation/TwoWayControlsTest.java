package mllab.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.ThresholdState;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The values step 5's controls are tied to, both ways: what a control sets reaches the pipeline,
 * what the pipeline puts in force comes back to the control, and nothing echoes.
 */
class TwoWayControlsTest {

  private static PipelineSession session;
  private EvaluationViewModel model;

  @BeforeAll
  static void train() {
    session = TrainedLesson.session();
  }

  @BeforeEach
  void setUp() {
    session.setThresholdState(ThresholdState.lesson(session.dataset().labelCount()));
    model = new EvaluationViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
  }

  @Test
  void aSliderBetweenTwoStepsPutsTheNearestStepInForceAndTheThumbMovesThere() {
    // Given a slider tied to the threshold card
    DoubleProperty thumb = new SimpleDoubleProperty();
    TwoWay.numbers(thumb, model.thresholdCard().sliderProperty(), 1e-12);
    assertEquals(0.5, thumb.get());

    // When the student lets go of it between two steps
    thumb.set(0.537);

    // Then 0.54 is in force, shown, and where the thumb now stands
    assertEquals(0.54, session.thresholdState().global());
    assertEquals("0.54", model.thresholdCard().thresholdTextProperty().get());
    assertEquals(0.54, thumb.get());
  }

  @Test
  void tunedThresholdsReachTheControlsWithoutBeingSetAgainByThem() {
    // Given the slider and the per-label switch tied to the card
    DoubleProperty thumb = new SimpleDoubleProperty();
    TwoWay.numbers(thumb, model.thresholdCard().sliderProperty(), 1e-12);

    // When PCut puts a threshold off the slider's 0.01 steps in force
    model.usePCut();
    double pcut = session.thresholdState().global();

    // Then the thumb shows it, and it stays PCut's (the slider did not snap it to a step)
    assertEquals(pcut, thumb.get());
    assertEquals(ThresholdState.Tuning.PCUT, session.thresholdState().tuning());
    assertFalse(model.tuningProperty().get().isEmpty());

    // When F1-optimal thresholds switch on per-label mode
    model.useF1Optimal();

    // Then the switch shows it and the tuning stays F1-optimal
    assertTrue(model.thresholdCard().perLabelChosenProperty().get());
    assertEquals(ThresholdState.Tuning.F1_OPTIMAL, session.thresholdState().tuning());

    // When the student turns the switch off
    model.thresholdCard().perLabelChosenProperty().set(false);

    // Then one threshold is in force again
    assertFalse(session.thresholdState().perLabel());
  }

  @Test
  void aLabelsSliderSetsOnlyAMoveAndNotTheValueItWasGiven() {
    // Given per-label mode with F1-optimal thresholds, which are not on the 0.01 steps
    model.useF1Optimal();
    ThresholdState tuned = session.thresholdState();

    // When label 2's slider is given the threshold in force (a tile showing it)
    model.perLabelCard().moveLabelThreshold(2, tuned.of(2));

    // Then nothing changes; when the student moves it, that label's own threshold changes
    assertEquals(tuned, session.thresholdState());
    model.perLabelCard().moveLabelThreshold(2, 0.703);
    assertEquals(0.7, session.thresholdState().of(2));
    assertEquals(ThresholdState.Tuning.NONE, session.thresholdState().tuning());
  }

  @Test
  void theShowBoxFollowsAConfusionCellsFilterAndSetsTheOneChosenInIt() {
    PredictionsViewModel rows = model.predictionsTab();
    // Given the box at "all rows", with a choice per label
    assertEquals(RowFilter.all(), rows.chosenProperty().get());
    int labels = session.dataset().labelCount();
    assertEquals(labels + 2, rows.choices().size());

    // When a confusion cell filters the table to label 1's false positives
    RowFilter fp = RowFilter.outcome(1, Outcome.FP);
    model.setFilter(fp);

    // Then the box shows that filter, one choice more
    assertEquals(fp, rows.chosenProperty().get());
    assertEquals(labels + 3, rows.choices().size());

    // When the student chooses "rows with no label" in the box
    rows.chosenProperty().set(RowFilter.noPrediction());

    // Then that filter applies and the cell's filter leaves the choices
    assertEquals(RowFilter.noPrediction(), model.filterProperty().get());
    assertEquals(labels + 2, rows.choices().size());
    assertFalse(rows.choices().contains(fp));
  }
}
