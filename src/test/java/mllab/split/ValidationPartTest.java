package mllab.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import mllab.data.Dataset;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.prep.FittedScaler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A validation part carved out of the training rows. */
class ValidationPartTest {

  @ParameterizedTest
  @EnumSource(
      value = SplitMethod.class,
      names = {"RANDOM", "ITERATIVE_STRATIFICATION"})
  void validationIsCarvedFromTheTrainingRowsAndTheTestRowsStayAsTheyWere(SplitMethod method) {
    // Given the lesson's 80/20 split
    Dataset data = Lesson.dataset();
    Split outer = Splitter.random(0.2, 42).split(data);

    // When 15 % of the training rows are held out for validation
    Split three = Splitter.carveValidation(outer, method, 0.15, 42);

    // Then the test rows are untouched, and train + validation are the old training rows
    assertTrue(Arrays.equals(outer.testIndices(), three.testIndices()));
    assertEquals(120, three.validationRows(), "15 % of 800");
    assertEquals(680, three.train().rows());
    int[] both =
        IntStream.concat(
                Arrays.stream(three.trainIndices()), Arrays.stream(three.validationIndices()))
            .sorted()
            .toArray();
    assertTrue(Arrays.equals(outer.trainIndices(), both));
    assertEquals(1000, three.rows());
    assertEquals(4, three.validationPositiveRates().orElseThrow().length);
    // and each validation row is the original row at its index
    int first = three.validationIndices()[0];
    assertTrue(
        Arrays.equals(data.featureRow(first), three.validation().orElseThrow().featureRow(0)));
  }

  @Test
  void theScalerIsStillFittedOnTheTrainingRowsOnly() {
    // Given a session with a validation part
    PipelineSession session = Lesson.session();
    session.setValidation(SplitMethod.RANDOM, 0.15);

    // When the scaler is fitted
    FittedScaler scaler = session.scaler();
    Split scaled = session.scaledSplit();

    // Then it saw the 680 training rows, and the validation rows are scaled with it
    assertEquals(680, scaler.fittedRows());
    Dataset rawValidation = session.split().validation().orElseThrow();
    assertTrue(
        Arrays.equals(
            scaler.apply(rawValidation).featureRow(0),
            scaled.validation().orElseThrow().featureRow(0)));
  }

  @Test
  void badValidationFractionsAndCarvingTwiceAreRefusedByName() {
    PipelineSession session = Lesson.session();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> session.setValidation(SplitMethod.RANDOM, 1.5));
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    Split three =
        Splitter.carveValidation(
            Splitter.random(0.2, 1).split(Lesson.dataset()), SplitMethod.RANDOM, 0.15, 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> Splitter.carveValidation(three, SplitMethod.RANDOM, 0.15, 1));
  }

  @Test
  void turningValidationOffGivesBackTheTwoPartSplit() {
    PipelineSession session = Lesson.session();
    Split before = session.split();
    session.setValidation(SplitMethod.RANDOM, 0.15);
    assertTrue(session.split().hasValidation());
    session.setValidation(SplitMethod.RANDOM, 0);
    assertEquals(before, session.split());
  }
}
